using System.Collections.Immutable;
using CmPlan.Analysis.Binding;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Incremental;

/// <summary>Results of one block carried to its new place after an edit above it: every span shifted by the same offset.</summary>
internal static class Relocation
{
    /// <summary>The binding of a post whose block moved, as <paramref name="block"/> (the moved block) would bind.</summary>
    public static PostBinding Moved(this PostBinding binding, BlockSyntax block, int offset) =>
        new(binding.Id, binding.IdDiagnostics.Moved(offset), binding.Model.MovedTo(block, offset), binding.Diagnostics.Moved(offset));

    public static ImmutableArray<Diagnostic> Moved(this ImmutableArray<Diagnostic> diagnostics, int offset) =>
        offset == 0 || diagnostics.IsEmpty ? diagnostics : MovedEach(diagnostics, offset);

    /// <summary>
    /// Apart from <see cref="Moved(ImmutableArray{Diagnostic}, int)"/>: a lambda that captures a parameter makes its closure
    /// when the method that declares the parameter is entered, so every moved post paid for one even with nothing to move.
    /// </summary>
    private static ImmutableArray<Diagnostic> MovedEach(ImmutableArray<Diagnostic> diagnostics, int offset) =>
        [.. diagnostics.Select(d => d.Moved(offset))];

    public static Diagnostic Moved(this Diagnostic diagnostic, int offset) => diagnostic.Mapped(span => span.Moved(offset));

    /// <summary>Diagnostics of the old text in the new one, when the edit touched none of their places (spans, related places, fixes' edits); else null.</summary>
    public static ImmutableArray<Diagnostic>? Through(this ImmutableArray<Diagnostic> diagnostics, TextChange change)
    {
        var moved = ImmutableArray.CreateBuilder<Diagnostic>(diagnostics.Length);
        foreach (var diagnostic in diagnostics)
        {
            var places = diagnostic.Related.Select(r => r.Span).Concat(diagnostic.Fixes.SelectMany(f => f.Edits).Select(e => e.Span)).Prepend(diagnostic.Span);
            if (places.Any(p => change.Map(p) is null))
            {
                return null;
            }

            moved.Add(diagnostic.Mapped(span => change.Map(span)!.Value));
        }

        return moved.MoveToImmutable();
    }

    private static Diagnostic Mapped(this Diagnostic diagnostic, Func<TextSpan, TextSpan> map) => diagnostic with
    {
        Span = map(diagnostic.Span),
        Related = diagnostic.Related.IsEmpty ? diagnostic.Related : [.. diagnostic.Related.Select(r => r with { Span = map(r.Span) })],
        Fixes = diagnostic.Fixes.IsEmpty ? diagnostic.Fixes : [.. diagnostic.Fixes.Select(f => f with { Edits = [.. f.Edits.Select(e => e with { Span = map(e.Span) })] })],
    };
}
