namespace CmPlan.Grammar.Syntax;

/// <summary>The kinds of syntax problem, one per text of <c>SyntaxMessages</c>.</summary>
public enum SyntaxProblemKind
{
    UnknownBlock,
    UnreadableHeader,
    UnreadableProperty,
    TabIndentation,
    PropertyOutsideBlock,
    WrongIndentation,
    Utf16,
    InvalidUtf8,
}
