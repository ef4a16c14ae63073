using System.Diagnostics;
using System.Globalization;
using CmPlan.Cli.Output;

namespace CmPlan.Cli.Scheduling.Export;

/// <summary>
/// What an export could not carry, by kind: how many (posts, rows or media, as the kind counts them,
/// each once however many rows repeat it) and the posts concerned, to be said on stderr.
/// </summary>
public sealed class ExportLosses
{
    /// <summary>Posts named on a line before "and N more".</summary>
    public const int NamedPosts = 5;

    private readonly SortedDictionary<ExportLossKind, Tally> tallies = [];

    /// <summary>Records one <paramref name="unit"/> (a post id, a row or a media of <paramref name="post"/>) lost; a unit counts once.</summary>
    public void Add(ExportLossKind kind, string post, string unit)
    {
        if (!tallies.TryGetValue(kind, out var tally))
        {
            tally = new Tally();
            tallies[kind] = tally;
        }

        if (tally.Units.Add((post, unit)) && tally.PostSet.Add(post))
        {
            tally.Posts.Add(post);
        }
    }

    public bool IsEmpty => tallies.Count == 0;

    /// <summary>One line per kind of loss, in <see cref="ExportLossKind"/> order: <c>cmplan: publer: … (post, post)</c>.</summary>
    public IEnumerable<string> Lines(IExportProfile profile) =>
        tallies.Select(entry => string.Create(
            CultureInfo.InvariantCulture,
            $"cmplan: {profile.Name}: {Describe(entry.Key, entry.Value.Units.Count, profile.Scheduler)} ({Named(entry.Value.Posts)})"));

    private static string Describe(ExportLossKind kind, int count, string scheduler) => kind switch
    {
        ExportLossKind.Variant => $"{Count(count, "post")} with a different text per channel: a row carries one text (the post's main text, else its first channel's); export one channel at a time (--channel) to keep each network's text",
        ExportLossKind.Channel => $"{Count(count, "row")} for only some of the file's channels, but {scheduler} publishes a row on every account chosen at upload: export one channel at a time (--channel)",
        ExportLossKind.Alt => $"{Count(count, "alt text")} not carried: the template's columns have no place for alt text",
        ExportLossKind.LocalMedia => $"{Count(count, "local media file")} not carried: {scheduler} takes media by public URL",
        ExportLossKind.ExtraMedia => $"{Count(count, "media", "media")} not carried: a row carries its post's first media only",
        ExportLossKind.Tags => $"tags of {Count(count, "post")} not carried",
        ExportLossKind.Status => $"status of {Count(count, "post")} not carried: {scheduler} schedules every row, approved or not",
        _ => throw new UnreachableException($"no message for {kind}"),
    };

    private static string Count(int count, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many ?? one + "s")}");

    private static string Named(List<string> posts)
    {
        var named = string.Join(", ", posts.Take(NamedPosts).Select(p => Terminal.Bound(Terminal.Escape(p))));
        return posts.Count > NamedPosts ? string.Create(CultureInfo.InvariantCulture, $"{named} and {posts.Count - NamedPosts} more") : named;
    }

    private sealed class Tally
    {
        public HashSet<(string Post, string Unit)> Units { get; } = [];

        public HashSet<string> PostSet { get; } = new(StringComparer.Ordinal);

        public List<string> Posts { get; } = [];
    }
}
