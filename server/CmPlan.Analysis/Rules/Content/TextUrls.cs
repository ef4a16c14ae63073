namespace CmPlan.Analysis.Rules.Content;

/// <summary>
/// URLs in a post's text as contract §3 defines them: a run that starts with <c>http://</c> or
/// <c>https://</c> (in any case, as the networks read it) and ends before the next blank, without
/// trailing <c>. , ; : ! ? ) ' "</c>.
/// </summary>
public static class TextUrls
{
    /// <summary>The (start, length) of every URL in <paramref name="text"/>, in order.</summary>
    public static IEnumerable<(int Start, int Length)> Find(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var scheme = SchemeLength(text, i);
            if (scheme == 0)
            {
                i++;
                continue;
            }

            var end = i + scheme;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            var next = end;
            while (end > i + scheme && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\'' or '"')
            {
                end--;
            }

            yield return (i, end - i);
            i = next;
        }
    }

    private static int SchemeLength(string text, int at)
    {
        if (text[at] is not ('h' or 'H'))
        {
            return 0;
        }

        var rest = text.AsSpan(at);
        return rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
            : rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7
            : 0;
    }
}
