namespace CmPlan.Bench.Report;

/// <summary>One target of the issue: what was measured against what goal; <see cref="Met"/> is null when the run did not measure it.</summary>
internal sealed record Target(string Name, string Measured, string Goal, bool? Met)
{
    public string Status => Met switch { true => "**met**", false => "**not met**", null => "not measured" };

    /// <summary>A target on a ratio: met when at least (or at most) the goal.</summary>
    public static Target OnRatio(string name, double? ratio, string detail, double goal, bool atLeast) => new(
        name,
        ratio is null ? "—" : $"{Markdown.Ratio(ratio)} ({detail})",
        $"{(atLeast ? "≥" : "≤")} {Markdown.Ratio(goal)}",
        ratio is { } r ? (atLeast ? r >= goal : r <= goal) : null);
}
