using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;

namespace CmPlan.Grammar.Parsing;

/// <summary>Reads a plan into a <see cref="DocumentSyntax"/>. Never throws, on any input.</summary>
public static class PlanParser
{
    public static DocumentSyntax Parse(string text) => Parse(SourceText.From(text));

    public static DocumentSyntax Parse(SourceText source) => new DocumentParser(source).Run();

    /// <summary>
    /// Parses <paramref name="next"/>, the text of <paramref name="previous"/> with <paramref name="changed"/>
    /// (in the old text) replaced by <paramref name="insertedLength"/> characters, reusing what the
    /// change cannot have touched. The tree is the one <see cref="Parse(SourceText)"/> gives.
    /// </summary>
    public static Reparse Reparse(DocumentSyntax previous, SourceText next, TextSpan changed, int insertedLength) =>
        IncrementalParser.Run(previous, next, changed, insertedLength);
}
