namespace CmPlan.Grammar.Values;

/// <summary>A severity as written in a plan or <c>cmplan.json</c>; <see cref="Off"/> turns a rule off.</summary>
public enum SeverityValue
{
    Error,
    Warning,
    Info,
    Hint,
    Off,
}
