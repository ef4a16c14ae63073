using CmPlan.Grammar.Text;

namespace CmPlan.Grammar.Syntax;

/// <summary>A <c>#</c> comment to the end of its line. <see cref="IsTrailing"/> when code precedes it on the line.</summary>
public sealed record CommentSyntax(string Text, TextSpan Span, int Line, bool IsTrailing)
{
    /// <summary>The comment's words after <c>#</c>, trimmed.</summary>
    public string Body => Text[1..].Trim();
}
