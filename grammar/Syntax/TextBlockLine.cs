using CmPlan.Grammar.Text;

namespace CmPlan.Grammar.Syntax;

/// <summary>One line of a text block: its whole source line and its content once the common indentation is removed.</summary>
public sealed record TextBlockLine(int Line, TextSpan LineSpan, TextSpan ContentSpan, string Content);
