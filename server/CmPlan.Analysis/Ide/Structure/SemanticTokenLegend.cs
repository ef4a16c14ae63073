namespace CmPlan.Analysis.Ide.Structure;

/// <summary>
/// The fixed legend: the names of <see cref="SemanticTokenType"/> and <see cref="SemanticTokenModifiers"/>
/// in order. Standard LSP names where one fits; <c>date</c>, <c>time</c>, <c>duration</c>,
/// <c>hashtag</c>, <c>mention</c> and <c>url</c> are ours (the editor extension maps them to colours).
/// </summary>
public static class SemanticTokenLegend
{
    public static IReadOnlyList<string> TokenTypes { get; } =
        ["keyword", "property", "variable", "enumMember", "number", "string", "comment", "date", "time", "duration", "hashtag", "mention", "url"];

    public static IReadOnlyList<string> TokenModifiers { get; } = ["declaration"];
}
