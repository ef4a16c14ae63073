using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;

namespace CmPlan.Grammar.Parsing;

/// <summary>The texts of every <c>syntax</c> diagnostic, in one place.</summary>
internal static class SyntaxMessages
{
    public const string BlockKeywords = "plan, policy, channel, queue or post";

    public static string UnknownBlock(string word, string? suggestion) =>
        $"'{Quote.Cut(word)}' does not start a block: a line at column 0 starts with {BlockKeywords}."
        + (suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?")
        + " The lines under it were skipped.";

    public static string UnreadableHeader =>
        $"This line at column 0 cannot be read as a block header: expected {BlockKeywords}. The lines under it were skipped.";

    public static string UnreadableProperty =>
        "This line cannot be read as a property: expected a key followed by its value, like 'at 2027-03-02 09:00'.";

    public static string TabIndentation(int spaces) =>
        $"A tab is used for indentation: indent with spaces ({Spaces(spaces)} here); 'cmplan format' repairs it.";

    public static string PropertyOutsideBlock =>
        $"This indented line is not inside a block: start a block with {BlockKeywords} at column 0.";

    public static string WrongIndentation(int expected, int found) =>
        $"This property is indented by {Spaces(found)} but the block's first property by {expected}: properties of one block line up.";

    public const string Utf16 =
        "The file looks like UTF-16 (a NUL byte every other byte), not UTF-8: save it as UTF-8 (in most editors: Save with Encoding, UTF-8). Nothing else was checked.";

    public static string InvalidUtf8(int byteOffset) =>
        $"The file is not valid UTF-8 (byte {byteOffset}); it was read with replacement characters. Save it as UTF-8.";

    /// <summary>The diagnostic of <paramref name="problem"/>, with its English text.</summary>
    public static SyntaxDiagnostic Diagnostic(TextSpan span, SyntaxProblem problem, Replacement? fix = null) =>
        new(span, Of(problem), fix) { Problem = problem };

    private static string Of(SyntaxProblem problem) => problem.Kind switch
    {
        SyntaxProblemKind.UnknownBlock => UnknownBlock(problem.Word ?? string.Empty, problem.Suggestion),
        SyntaxProblemKind.UnreadableHeader => UnreadableHeader,
        SyntaxProblemKind.UnreadableProperty => UnreadableProperty,
        SyntaxProblemKind.TabIndentation => TabIndentation(problem.First),
        SyntaxProblemKind.PropertyOutsideBlock => PropertyOutsideBlock,
        SyntaxProblemKind.WrongIndentation => WrongIndentation(problem.First, problem.Second),
        SyntaxProblemKind.Utf16 => Utf16,
        _ => InvalidUtf8(problem.First),
    };

    private static string Spaces(int count) => count == 1 ? "1 space" : $"{count} spaces";
}
