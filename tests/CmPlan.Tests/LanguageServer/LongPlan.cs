namespace CmPlan.Tests.LanguageServer;

/// <summary>A plan of many posts (every seventh a draft without a date, an error), long enough that its outline, folding and diagnostics outgrow a first buffer.</summary>
public static class LongPlan
{
    public static string Text(int posts) =>
        "plan \"Rentrée 🎒\"\n  timezone Europe/Paris\n  start 2027-09-01\n  end 2027-09-30\n\nchannel mastodon\n\n"
        + string.Join("\n", Enumerable.Range(0, posts).Select(i => i % 7 == 3
            ? $"post p{i}\n  on mastodon\n  text \"Brouillon n°{i} sans date 🗓️\"\n"
            : $"post p{i}\n  on mastodon\n  at 2027-09-{1 + (i % 28):00} {8 + (i % 12):00}:{i % 60:00}\n  text \"Cartable n°{i} #rentrée 🎉\"\n"));

    /// <summary>The lines of <paramref name="text"/> that hold a post's text, where typing changes no structure.</summary>
    public static List<int> TextLines(string text) =>
        [.. text.Split('\n').Select((line, index) => (line, index)).Where(l => l.line.StartsWith("  text \"", StringComparison.Ordinal)).Select(l => l.index)];
}
