using System.Collections.Frozen;
using CmPlan.Analysis.Localization;
using CmPlan.Grammar.Syntax;

namespace CmPlan.Analysis.Ide.Hover;

/// <summary>The catalogue of hover texts for block keywords and property keys (contract §3), one place for every word.</summary>
public static class HoverTexts
{
    private static readonly FrozenDictionary<BlockKind, KeywordText> Blocks = new Dictionary<BlockKind, KeywordText>
    {
        [BlockKind.Plan] = new("The plan's name, time zone and dates. At most one per file; without it the plan is in UTC with no start or end.", "plan \"Spring 2027\"\n  timezone Europe/Paris\n  start 2027-03-01\n  end 2027-06-30"),
        [BlockKind.Policy] = new("The limits the rules check against, and rule severities. At most one per file; it overrides cmplan.json.", "policy\n  min-interval 7d\n  rule whitespace off"),
        [BlockKind.Channel] = new("An account on a network the plan publishes to: its network, text limit and usual slots.", "channel x\n  slots weekdays 09:00 12:30"),
        [BlockKind.Queue] = new("An evergreen queue: its items (the posts that name it) fill its slots in rotation.", "queue tips\n  on x\n  slots daily 08:00\n  recycle until 2027-04-30"),
        [BlockKind.Post] = new("One piece of content: where and when it is published, how often it comes back, and its text.", "post webinar\n  on x, insta\n  at 2027-03-10 12:30\n  repeat every 7d times 3\n  text \"Join us!\""),
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<(BlockKind Block, string Key), KeywordText> Properties = new Dictionary<(BlockKind, string), KeywordText>
    {
        [(BlockKind.Plan, "timezone")] = new("The time zone every date and time of the plan is read in (an IANA id). Default: UTC.", "timezone Europe/Paris"),
        [(BlockKind.Plan, "start")] = new("The plan's first day (from 00:00). Queues without their own start begin here.", "start 2027-03-01"),
        [(BlockKind.Plan, "end")] = new("The plan's last day (inclusive). Nothing is published after it.", "end 2027-06-30"),
        [(BlockKind.Policy, "min-interval")] = new("The least time between two publications of the same content on one channel. Default: 7d.", "min-interval 7d"),
        [(BlockKind.Policy, "max-repeats")] = new("The most reposts one content may get. Default: 10.", "max-repeats 10"),
        [(BlockKind.Policy, "max-span")] = new("The longest time from a content's first to its last publication. Default: 90d.", "max-span 90d"),
        [(BlockKind.Policy, "max-automated")] = new("The largest share of reposts among a channel's publications in one ISO week. Default: 50%.", "max-automated 50%"),
        [(BlockKind.Policy, "min-gap")] = new("The least time between two publications on one channel. Default: 10min.", "min-gap 10min"),
        [(BlockKind.Policy, "approval-lead")] = new("How long before its first publication a post with a status must be approved (not-approved). Default: 2d.", "approval-lead 2d"),
        [(BlockKind.Policy, "rule")] = new("Changes a rule's severity (error, warning, info, hint) or turns it off. Repeatable.", "rule whitespace off"),
        [(BlockKind.Channel, "network")] = new("The network of this account; it sets the text limit and how length is counted. Default: the channel's id, if it names a network.", "network instagram"),
        [(BlockKind.Channel, "limit")] = new("The text limit, overriding the network's.", "limit 500"),
        [(BlockKind.Channel, "slots")] = new("This channel's usual publishing times: days, then times. Repeatable. Used by off-slot and by completion.", "slots weekdays 09:00 12:30"),
        [(BlockKind.Channel, "max-media")] = new("The most media one publication may carry, overriding the network's (x, bluesky, mastodon 4; instagram 20).", "max-media 4"),
        [(BlockKind.Queue, "on")] = new("The channels the queue publishes to. Required.", "on x, insta"),
        [(BlockKind.Queue, "slots")] = new("When the queue publishes: days, then times; each slot takes the next item. Repeatable, at least one required.", "slots daily 08:00 20:00"),
        [(BlockKind.Queue, "start")] = new("When the queue begins filling slots. Default: the plan's start.", "start 2027-03-01"),
        [(BlockKind.Queue, "recycle")] = new("Start over once every item was published: until a date, a number of further passes, or both. Without it each item goes out once.", "recycle until 2027-04-30 times 2"),
        [(BlockKind.Post, "on")] = new("The channels this post is published to. Required unless the post is a queue item.", "on x, insta"),
        [(BlockKind.Post, "at")] = new("The first publication, in the plan's time zone. Required unless the post is a queue item.", "at 2027-03-10 12:30"),
        [(BlockKind.Post, "queue")] = new("Makes this post an item of a queue, which gives it its channels and times.", "queue tips"),
        [(BlockKind.Post, "repeat")] = new("Reposts after the first publication: every duration, for a number of reposts (times) and/or until a date; the earlier bound wins.", "repeat every 7d times 3"),
        [(BlockKind.Post, "expires")] = new("The content is no longer valid after this date (end of day) or date and time. A queue skips expired items.", "expires 2027-03-25"),
        [(BlockKind.Post, "text")] = new("The post's text: a quoted string, or a text block on the lines below, indented deeper. With channel ids first it is a variant: the text for those channels instead.", "text\n  Join our webinar!\n  #community\ntext x, bluesky \"Short and sweet!\""),
        [(BlockKind.Post, "link")] = new("A web address published with the text; it counts as if appended after one space.", "link https://example.org/webinar"),
        [(BlockKind.Post, "media")] = new("An image or video published with every publication of the post: a path relative to the plan's folder or a web address, then its description for screen readers. Repeatable, in order.", "media affiche.png alt \"Poster of the webinar, 25 March at 6 pm\""),
        [(BlockKind.Post, "status")] = new("Where the content is in the team's approval: draft, review or approved. Without it the team does not use approvals.", "status review"),
        [(BlockKind.Post, "tags")] = new("Labels for your own use; metadata only.", "tags launch, spring"),
    }.ToFrozenDictionary();

    public static KeywordText Block(BlockKind kind) => Blocks[kind];

    public static KeywordText? Property(BlockKind kind, string key) => Properties.GetValueOrDefault((kind, key));

    /// <summary>A block keyword's text in <paramref name="language"/>.</summary>
    public static KeywordText Block(BlockKind kind, Language language) =>
        language == Language.French && FrenchHoverTexts.Blocks.TryGetValue(kind, out var french) ? Blocks[kind] with { Summary = french } : Blocks[kind];

    /// <summary>A property key's text in <paramref name="language"/>, or null for a key the block does not have.</summary>
    public static KeywordText? Property(BlockKind kind, string key, Language language) =>
        Property(kind, key) is not { } text ? null
        : language == Language.French && FrenchHoverTexts.Properties.TryGetValue((kind, key), out var french) ? text with { Summary = french }
        : text;

    /// <summary>Every block kind and property key the catalogue explains, for the tests that keep both languages complete.</summary>
    public static IEnumerable<(BlockKind Block, string? Key)> Keys() =>
        Blocks.Keys.Select(b => (b, (string?)null)).Concat(Properties.Keys.Select(k => (k.Block, (string?)k.Key)));
}
