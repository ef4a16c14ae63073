using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Grammar.Syntax;

namespace CmPlan.Analysis.Binding;

/// <summary>
/// A post block read on its own: its id and the problems with it, its model before references are
/// resolved, and the problems with its properties. Everything here depends on the block alone.
/// </summary>
public sealed record PostBinding(string? Id, ImmutableArray<Diagnostic> IdDiagnostics, PostModel Model, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Reads <paramref name="block"/>; a block without a valid id binds with an empty one, as every definition is checked.</summary>
    public static PostBinding Of(BlockSyntax block, Language language = Language.English)
    {
        var idDiagnostics = new DiagnosticBag(language);
        var id = Definitions.ReadId(block, idDiagnostics);
        var diagnostics = new DiagnosticBag(language);
        var model = PostBinder.Bind(block, id ?? string.Empty, diagnostics);
        return new PostBinding(id, idDiagnostics.ToImmutable(), model, diagnostics.ToImmutable());
    }

    internal string? ReportId(DiagnosticBag diagnostics)
    {
        diagnostics.AddRange(IdDiagnostics);
        return Id;
    }

    internal PostModel Report(DiagnosticBag diagnostics)
    {
        diagnostics.AddRange(Diagnostics);
        return Model;
    }
}
