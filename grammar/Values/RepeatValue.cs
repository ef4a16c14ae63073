namespace CmPlan.Grammar.Values;

/// <summary><c>every &lt;duration&gt; [times &lt;int&gt;] [until &lt;date|datetime&gt;]</c>, each part with its span.</summary>
public sealed record RepeatValue(
    Located<PlanDuration> Every,
    Located<int>? Times,
    Located<DateTimeValue>? Until)
{
    public bool IsBounded => Times is not null || Until is not null;
}
