namespace CmPlan.Analysis.Ide.Completion;

/// <summary>What a completion item inserts.</summary>
public enum CompletionKind
{
    Keyword,
    Property,
    Channel,
    Queue,
    Value,
    TimeZone,
    Rule,
    Time,
}
