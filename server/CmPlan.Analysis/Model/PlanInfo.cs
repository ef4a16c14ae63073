using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Values;
using NodaTime;

namespace CmPlan.Analysis.Model;

/// <summary>The file's <c>plan</c> block, or its defaults (UTC, no start, no end) when there is none.</summary>
public sealed record PlanInfo(
    string? Name,
    DateTimeZone Zone,
    Located<LocalDate>? Start,
    Located<LocalDate>? End,
    BlockSyntax? Syntax)
{
    public static PlanInfo Default { get; } = new(null, DateTimeZone.Utc, null, null, null);

    /// <summary>True when <paramref name="moment"/> is on or before the plan's last day (always, without an end).</summary>
    public bool EndIncludes(LocalDateTime moment) => End is null || moment.Date <= End.Value;
}
