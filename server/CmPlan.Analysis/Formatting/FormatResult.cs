using System.Diagnostics.CodeAnalysis;

namespace CmPlan.Analysis.Formatting;

/// <summary>
/// The outcome of <see cref="PlanFormatter.Format"/>: the formatted text, or, when the file cannot be
/// formatted safely, a one-line reason naming the first problem's line (exactly one of the two is set).
/// </summary>
public sealed record FormatResult(string? Text, string? Refusal)
{
    [MemberNotNullWhen(true, nameof(Text))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool Succeeded => Text is not null;
}
