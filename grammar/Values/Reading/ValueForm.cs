namespace CmPlan.Grammar.Values.Reading;

/// <summary>The value forms of contract §2, as a <see cref="ValueProblem"/> names what a key expects.</summary>
public enum ValueForm
{
    Int,
    Percent,
    Date,
    DateTime,
    DateOrDateTime,
    Duration,
    Ident,
    IdList,
    QuotedString,
    Url,
    Severity,
    Rule,
    Slots,
    Repeat,
    Recycle,
    TimeZone,
}
