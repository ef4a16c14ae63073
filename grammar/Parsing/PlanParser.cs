using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;

namespace CmPlan.Grammar.Parsing;

/// <summary>Reads a plan into a <see cref="DocumentSyntax"/>. Never throws, on any input.</summary>
public static class PlanParser
{
    public static DocumentSyntax Parse(string text) => Parse(SourceText.From(text));

    public static DocumentSyntax Parse(SourceText source) => new DocumentParser(source).Run();
}
