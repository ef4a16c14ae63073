using System.Diagnostics;
using CmPlan.Analysis.Localization;
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

    /// <summary>One line per kind of loss, in <see cref="ExportLossKind"/> order: <c>cmplan: publer: … (post, post)</c>, in <paramref name="words"/>' language.</summary>
    public IEnumerable<string> Lines(IExportProfile profile, Words words) =>
        tallies.Select(entry => $"cmplan: {profile.Name}: {Describe(entry.Key, entry.Value.Units.Count, profile.Scheduler, words)} ({Named(entry.Value.Posts, words)})");

    private static string Describe(ExportLossKind kind, int count, string scheduler, Words words) => kind switch
    {
        ExportLossKind.Variant => words.Say(MessageId.ExportLossVariant, ("posts", words.Count(count, Noun.Post))),
        ExportLossKind.Channel => words.Say(MessageId.ExportLossChannel, ("rows", words.Count(count, Noun.Row)), ("scheduler", scheduler)),
        ExportLossKind.Alt => words.Say(MessageId.ExportLossAlt, ("alts", words.Count(count, Noun.AltText))),
        ExportLossKind.LocalMedia => words.Say(MessageId.ExportLossLocalMedia, ("files", words.Count(count, Noun.LocalMediaFile)), ("scheduler", scheduler)),
        ExportLossKind.ExtraMedia => words.Say(MessageId.ExportLossExtraMedia, ("media", words.Count(count, Noun.Media))),
        ExportLossKind.Tags => words.Say(MessageId.ExportLossTags, ("posts", words.Count(count, Noun.Post))),
        ExportLossKind.Status => words.Say(MessageId.ExportLossStatus, ("posts", words.Count(count, Noun.Post)), ("scheduler", scheduler)),
        _ => throw new UnreachableException($"no message for {kind}"),
    };

    private static string Named(List<string> posts, Words words)
    {
        var named = string.Join(", ", posts.Take(NamedPosts).Select(p => Terminal.Bound(Terminal.Escape(p))));
        return posts.Count > NamedPosts ? words.Say(MessageId.ExportMorePosts, ("posts", named), ("count", words.Number(posts.Count - NamedPosts))) : named;
    }

    private sealed class Tally
    {
        public HashSet<(string Post, string Unit)> Units { get; } = [];

        public HashSet<string> PostSet { get; } = new(StringComparer.Ordinal);

        public List<string> Posts { get; } = [];
    }
}
