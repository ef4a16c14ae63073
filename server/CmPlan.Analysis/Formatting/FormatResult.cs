using System.Diagnostics.CodeAnalysis;

namespace CmPlan.Analysis.Formatting;

/// <summary>TEMPORARY stub for the CLI branch; replaced by the formatter branch's file on merge.</summary>
public sealed record FormatResult(string? Text, string? Refusal)
{
    [MemberNotNullWhen(true, nameof(Text))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool Succeeded => Text is not null;
}
