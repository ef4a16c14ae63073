namespace CmPlan.Grammar.Parsing;

/// <summary>The texts of every <c>syntax</c> diagnostic, in one place.</summary>
internal static class SyntaxMessages
{
    public const string BlockKeywords = "plan, policy, channel, queue or post";

    public static string UnknownBlock(string word) =>
        $"'{Shorten(word)}' does not start a block: a line at column 0 starts with {BlockKeywords}. The lines under it were skipped.";

    public static string UnreadableHeader =>
        $"This line at column 0 cannot be read as a block header: expected {BlockKeywords}. The lines under it were skipped.";

    public static string UnreadableProperty =>
        "This line cannot be read as a property: expected a key followed by its value, like 'at 2027-03-02 09:00'.";

    public const string TabIndentation = "A tab is used for indentation: indent with spaces.";

    public static string PropertyOutsideBlock =>
        $"This indented line is not inside a block: start a block with {BlockKeywords} at column 0.";

    public static string WrongIndentation(int expected, int found) =>
        $"This property is indented by {Spaces(found)} but the block's first property by {expected}: properties of one block line up.";

    public static string InvalidUtf8(int byteOffset) =>
        $"The file is not valid UTF-8 (byte {byteOffset}); it was read with replacement characters. Save it as UTF-8.";

    /// <summary>A word as quoted in a message: a runaway one (a pasted blob) is cut, never the whole line.</summary>
    private static string Shorten(string word)
    {
        const int Limit = 40;
        if (word.Length <= Limit)
        {
            return word;
        }

        var cut = char.IsHighSurrogate(word[Limit - 1]) ? Limit - 1 : Limit;
        return word[..cut] + "…";
    }

    private static string Spaces(int count) => count == 1 ? "1 space" : $"{count} spaces";
}
