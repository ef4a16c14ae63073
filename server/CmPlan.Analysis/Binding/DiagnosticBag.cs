using System.Collections.Immutable;
using System.Runtime.InteropServices;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Grammar.Text;
using CmPlan.Grammar.Values.Reading;

namespace CmPlan.Analysis.Binding;

/// <summary>Collects the structural diagnostics of one binding, written in <see cref="Words"/>' language; they are always errors.</summary>
internal sealed class DiagnosticBag(Language language)
{
    private readonly ImmutableArray<Diagnostic>.Builder items = ImmutableArray.CreateBuilder<Diagnostic>();

    public Words Words { get; } = Words.For(language);

    public void Add(string rule, TextSpan span, string message, params CodeFix[] fixes) =>
        items.Add(new Diagnostic(rule, Severity.Error, span, message, [], [.. fixes]));

    /// <summary>A structural diagnostic with the fix its message shows, if any.</summary>
    public void Add(string rule, TextSpan span, string message, Replacement? fix) =>
        items.Add(new Diagnostic(rule, Severity.Error, span, message, [], StructuralFixes.Of(fix, Words)));

    /// <summary>An <c>invalid-value</c> from the grammar's value error, worded here.</summary>
    public void AddInvalid(ValueError error) =>
        Add(RuleIds.InvalidValue, error.Span, ValueTexts.Of(error.Problem, Words), error.Fix);

    public void AddRange(ImmutableArray<Diagnostic> diagnostics) => items.AddRange(diagnostics);

    public ImmutableArray<Diagnostic> ToImmutable() => items.ToImmutable();

    /// <summary>How many were collected so far: a mark for <see cref="Since"/>.</summary>
    public int Count => items.Count;

    /// <summary>Those collected since <paramref name="mark"/> (none, the usual case, allocates nothing).</summary>
    public ImmutableArray<Diagnostic> Since(int mark)
    {
        if (mark == items.Count)
        {
            return [];
        }

        var since = new Diagnostic[items.Count - mark];
        items.CopyTo(mark, since, 0, since.Length);
        return ImmutableCollectionsMarshal.AsImmutableArray(since);
    }
}
