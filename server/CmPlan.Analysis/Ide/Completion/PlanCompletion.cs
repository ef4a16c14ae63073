using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CmPlan.Analysis.Binding;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Grammar.Parsing;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;
using NodaTime;
using NodaTime.Text;

namespace CmPlan.Analysis.Ide.Completion;

/// <summary>
/// Completion at a UTF-16 offset, from the line's text up to the cursor: block keywords at
/// column 0, properties of the current block not yet used, then by key: channel ids after
/// <c>on</c>, queue ids after <c>queue</c>, day words in <c>slots</c>, zone ids after
/// <c>timezone</c>, channel ids for a text variant, <c>status</c> values, the images and videos
/// next to the plan after <c>media</c> (when its folder is given), networks, rule ids then severities after <c>rule</c> (rule ids in
/// <c># cmplan-ignore</c> too, until the <c>--</c> of a reason; none inside a text block), and the post's channels' slot times after <c>at &lt;date&gt; </c>.
/// Items keep only those starting with the word typed so far, which they replace.
/// </summary>
public static partial class PlanCompletion
{
    private static readonly string[] DayWords = ["daily", "weekdays", "weekends", "mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    private static readonly string[] Severities = ["error", "warning", "info", "hint", "off"];

    /// <param name="media">The plan's folder, to offer its images and videos after <c>media</c>; null: none offered.</param>
    public static ImmutableArray<CompletionItem> Complete(AnalysisResult result, int offset, IMediaFiles? media = null)
    {
        var source = result.Syntax.Source;
        offset = Math.Clamp(offset, 0, source.Length);
        var line = source.Lines[source.FindLine(offset)];
        var before = source[TextSpan.FromBounds(line.Start, offset)];
        var wordStart = offset;
        while (wordStart > line.Start && IsWordChar(source[wordStart - 1]))
        {
            wordStart--;
        }

        var wordEnd = offset;
        while (wordEnd < line.End && IsWordChar(source[wordEnd]))
        {
            wordEnd++;
        }

        var context = new CompletionContext(result, line.Number, source[TextSpan.FromBounds(wordStart, offset)], TextSpan.FromBounds(wordStart, wordEnd), before[..(wordStart - line.Start)]);
        if (media is not null && MediaLine().IsMatch(context.Before) && !InTextBlock(context))
        {
            return [.. media.List()
                .Select(f => context.Item(f, CompletionKind.Value, context.Result.Words.Say(Model.MediaKinds.Of(f) == Model.MediaKind.Video ? MessageId.HoverVideo : MessageId.HoverImage), f))
                .Where(i => Matches(i, context.Typed))];
        }

        return [.. Items(context).Where(i => Matches(i, context.Typed))];
    }

    /// <summary>An item starts with the word typed; a zone id may match by any of its parts (<c>par</c> finds <c>Europe/Paris</c>).</summary>
    private static bool Matches(CompletionItem item, string typed) =>
        item.Label.StartsWith(typed, StringComparison.OrdinalIgnoreCase)
        || (item.Kind == CompletionKind.TimeZone && item.Label.Split('/').Any(p => p.StartsWith(typed, StringComparison.OrdinalIgnoreCase)));

    private static IEnumerable<CompletionItem> Items(CompletionContext context)
    {
        // Inside a text block a "# cmplan-ignore" line is text (suppression-in-text): nothing to offer.
        if (InTextBlock(context))
        {
            return [];
        }

        if (IgnoreComment().Match(context.Before) is { Success: true } ignore)
        {
            var named = ignore.Groups[1].Value.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            // After " -- " comes the free reason, not rule ids.
            return named.Contains("--") ? [] : Rules(context, r => !named.Contains(r.Id) && r.Id != RuleIds.UnusedSuppression);
        }

        if (context.Before.Contains('#'))
        {
            return [];
        }

        if (context.Before.Length == 0)
        {
            return Keywords(context);
        }

        var block = CurrentBlock(context);
        if (block is null)
        {
            return [];
        }

        if (string.IsNullOrWhiteSpace(context.Before))
        {
            return Properties(context, block);
        }

        var property = PropertyLine().Match(context.Before);
        return property.Success ? Values(context, block, property.Groups[1].Value, property.Groups[2].Value) : [];
    }

    private static IEnumerable<CompletionItem> Keywords(CompletionContext context)
    {
        var singletons = context.Result.Syntax.Blocks
            .Where(b => b.HeaderLine != context.Line && b.Kind is BlockKind.Plan or BlockKind.Policy)
            .Select(b => b.Kind)
            .ToHashSet();
        return BlockKeywords.All
            .Where(k => !singletons.Contains(k))
            .Select(k => BlockKeywords.Keyword(k))
            .Select(k => context.Item(k, CompletionKind.Keyword, context.Result.Words.Say(BlockDetail(k)), k == "policy" ? k : k + " "));
    }

    private static MessageId BlockDetail(string keyword) => keyword switch
    {
        "plan" => MessageId.CompletePlan,
        "policy" => MessageId.CompletePolicy,
        "channel" => MessageId.CompleteChannel,
        "queue" => MessageId.CompleteQueue,
        _ => MessageId.CompletePost,
    };

    private static IEnumerable<CompletionItem> Properties(CompletionContext context, BlockSyntax block)
    {
        var used = block.Properties
            .Where(p => p.FirstLine != context.Line && !BlockSchema.IsRepeatable(p.Key.Text))
            .Select(p => p.Key.Text)
            .ToHashSet();
        return BlockSchema.PropertiesOf(block.Kind)
            .Where(k => !used.Contains(k))
            .Select(k => context.Item(k, CompletionKind.Property, context.Result.Words.Say(MessageId.CompleteProperty, ("keyword", block.Keyword.Text)), k + " "));
    }

    private static IEnumerable<CompletionItem> Values(CompletionContext context, BlockSyntax block, string key, string value)
    {
        var model = context.Result.Model;
        return (block.Kind, key) switch
        {
            (BlockKind.Post or BlockKind.Queue, "on") => model.Channels
                .Where(c => !ListedIds(value).Contains(c.Id))
                .Select(c => context.Item(c.Id, CompletionKind.Channel, c.Network is { } n ? context.Result.Words.Say(MessageId.CompleteChannelOn, ("network", Model.Networks.Name(n))) : context.Result.Words.Say(MessageId.CompleteChannelId), c.Id)),
            (BlockKind.Post, "queue") when value.Length == 0 => model.Queues
                .Select(q => context.Item(q.Id, CompletionKind.Queue, context.Result.Words.Say(MessageId.CompleteQueueOn, ("channels", string.Join(", ", q.On.Select(o => o.Value)))), q.Id)),
            (BlockKind.Channel or BlockKind.Queue, "slots") when value.Length == 0 || value.TrimEnd().EndsWith(',') => DayWords
                .Select(d => context.Item(d, CompletionKind.Value, context.Result.Words.Say(MessageId.CompleteDays), d)),
            (BlockKind.Plan, "timezone") when value.Length == 0 => DateTimeZoneProviders.Tzdb.Ids
                .Select(z => context.Item(z, CompletionKind.TimeZone, null, z)),
            (BlockKind.Channel, "network") when value.Length == 0 => Model.Networks.Names
                .Select(n => context.Item(n, CompletionKind.Value, context.Result.Words.Say(MessageId.CompleteLimit, ("limit", $"{Model.Networks.Limit(Model.Networks.Find(n)!.Value)}")), n)),
            (BlockKind.Policy, "rule") when value.Length == 0 => Rules(context, _ => true),
            (BlockKind.Policy, "rule") when RuleThenBlank().IsMatch(value) => Severities
                .Select(s => context.Item(s, CompletionKind.Value, context.Result.Words.Say(MessageId.CompleteSeverity), s)),
            (BlockKind.Post, "at") => SlotTimes(context, block, value),
            (BlockKind.Post, "text") when !value.Contains('"') && (value.Length == 0 || value.TrimEnd().EndsWith(',')) => model.Channels
                .Where(c => !ListedIds(value).Contains(c.Id))
                .Select(c => context.Item(c.Id, CompletionKind.Channel, context.Result.Words.Say(MessageId.CompleteVariant), c.Id)),
            (BlockKind.Post, "status") when value.Length == 0 => Model.ApprovalStatuses.Words
                .Select(s => context.Item(s, CompletionKind.Value, context.Result.Words.Say(MessageId.CompleteStatus), s)),
            (BlockKind.Post, "repeat") or (BlockKind.Queue, "recycle") => BoundWords(context, key, value),
            _ => [],
        };
    }

    /// <summary>
    /// The words of <c>repeat every &lt;duration&gt; [times &lt;int&gt;] [until &lt;date&gt;]</c> and
    /// <c>recycle [until &lt;date&gt;] [times &lt;int&gt;]</c>, where the next one may come and once each.
    /// </summary>
    private static IEnumerable<CompletionItem> BoundWords(CompletionContext context, string key, string value)
    {
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (key == "repeat" && words.Length == 0)
        {
            return [context.Item("every", CompletionKind.Keyword, context.Result.Words.Say(MessageId.CompleteEvery), "every ")];
        }

        var awaitingValue = words.Length > 0 && words[^1] is "every" or "times" or "until";
        if (awaitingValue || (key == "repeat" && (words[0] != "every" || words.Length < 2)))
        {
            return [];
        }

        var times = context.Item("times", CompletionKind.Keyword, context.Result.Words.Say(key == "repeat" ? MessageId.CompleteTimesReposts : MessageId.CompleteTimesPasses), "times ");
        var until = context.Item("until", CompletionKind.Keyword, context.Result.Words.Say(MessageId.CompleteUntil), "until ");
        CompletionItem[] inContractOrder = key == "repeat" ? [times, until] : [until, times];
        return inContractOrder.Where(i => !words.Contains(i.Label));
    }

    private static IEnumerable<CompletionItem> Rules(CompletionContext context, Func<RuleDescriptor, bool> keep) =>
        RuleCatalog.All
            .Where(r => !r.IsStructural && keep(r))
            .Select(r => context.Item(r.Id, CompletionKind.Rule, RuleTexts.Title(r, context.Result.Language), r.Id));

    /// <summary>After <c>at &lt;date&gt; </c>: the slot times, on that weekday, of the post's channels that have slots.</summary>
    private static IEnumerable<CompletionItem> SlotTimes(CompletionContext context, BlockSyntax block, string value)
    {
        var date = DateThenBlank().Match(value);
        if (!date.Success || LocalDatePattern.Iso.Parse(date.Groups[1].Value) is not { Success: true } parsed)
        {
            return [];
        }

        var day = parsed.Value.DayOfWeek;
        var on = block.Properties.FirstOrDefault(p => p.Key.Text == "on")?.Value?.Text ?? string.Empty;
        var times = new SortedDictionary<LocalTime, List<string>>();
        foreach (var channel in ListedIds(on).Select(context.Result.Model.FindChannel).OfType<Model.ChannelModel>())
        {
            foreach (var time in channel.Slots.Where(s => s.Value.Days.Contains(day)).SelectMany(s => s.Value.Times))
            {
                if (!times.TryGetValue(time, out var channels))
                {
                    times[time] = channels = [];
                }

                if (!channels.Contains(channel.Id))
                {
                    channels.Add(channel.Id);
                }
            }
        }

        return times.Select(t =>
        {
            var label = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Format(t.Key);
            return context.Item(label, CompletionKind.Time, context.Result.Words.Say(MessageId.CompleteSlot, ("channels", string.Join(", ", t.Value)), ("weekday", context.Result.Words.Weekdays(day))), label);
        });
    }

    private static HashSet<string> ListedIds(string value) =>
        [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>The block the cursor's line belongs to: the last block whose header is at or above it.</summary>
    private static BlockSyntax? CurrentBlock(CompletionContext context) =>
        context.Result.Syntax.Items
            .TakeWhile(i => i.FirstLine <= context.Line)
            .LastOrDefault(i => i is not BlankLineSyntax and not CommentLineSyntax) as BlockSyntax;

    private static bool InTextBlock(CompletionContext context) =>
        context.Result.Syntax.Blocks
            .SelectMany(b => b.Properties)
            .Any(p => p.TextBlock is { } text && text.Lines.Any(l => l.Line == context.Line));

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or '+' or ':';

    [GeneratedRegex(@"^\s*(?:\S.*\s)?#\s*cmplan-ignore(\s.*)$")]
    private static partial Regex IgnoreComment();

    /// <summary>A <c>media</c> key and blanks before the word typed: the path comes next.</summary>
    [GeneratedRegex(@"^\s+media\s+$")]
    private static partial Regex MediaLine();

    [GeneratedRegex(@"^\s+([a-z-]+)\s+(.*)$")]
    private static partial Regex PropertyLine();

    [GeneratedRegex(@"^[a-z-]+\s+$")]
    private static partial Regex RuleThenBlank();

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})[ T]$")]
    private static partial Regex DateThenBlank();
}
