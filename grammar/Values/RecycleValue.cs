namespace CmPlan.Grammar.Values;

/// <summary><c>[until &lt;date|datetime&gt;] [times &lt;int&gt;]</c>: how often a queue starts over.</summary>
public sealed record RecycleValue(Located<DateTimeValue>? Until, Located<int>? Times)
{
    public bool IsBounded => Times is not null || Until is not null;
}
