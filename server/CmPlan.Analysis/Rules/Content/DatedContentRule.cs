using System.Collections.Immutable;
using System.Text;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Analysis.Schedule;
using CmPlan.Grammar.Text;
using CmPlan.Grammar.Values;
using NodaTime;

namespace CmPlan.Analysis.Rules.Content;

/// <summary>
/// <c>dated-content</c>: a text that mentions a date still current at its first publication
/// (<see cref="DateMentions"/>), published after its <see cref="StalePoint"/>, with no <c>expires</c>
/// to say how long it is valid. Reported on the mention that sets the stale point; the fix inserts
/// <c>expires</c> on that day and bounds the repeat as <c>after-expiry</c>'s fix would, unless the
/// stale point has already passed. Doc: docs/rules/dated-content.md.
/// </summary>
public sealed class DatedContentRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.DatedContent,
        Severity.Warning,
        false,
        "Dated content without expiry",
        "The text mentions a date, is still published after it, and has no expires.");

    public override void CheckPost(PostContext context, PostModel post)
    {
        // An invalid expires is still the author's answer (and already an error): no second report.
        if (post.Syntax.Properties.Any(p => p.Key.Text == "expires"))
        {
            return;
        }

        // Once per text property (1.2), against the publications on the channels that use it.
        var all = context.Publications;
        foreach (var text in post.AllTexts())
        {
            var publications = post.Variants.IsEmpty ? all : [.. all.Where(p => post.TextFor(p.Channel) == text)];
            Check(context, post, text, publications);
        }
    }

    private static void Check(RuleScope context, PostModel post, Located<TextValue> property, ImmutableArray<Publication> publications)
    {
        if (publications.MinBy(p => p.Instant) is not { } firstPublication)
        {
            return;
        }

        var first = firstPublication.Local.Date;
        var (text, starts) = Text(context.Source, post, property);
        if (StalePoint.Of(DateMentions.Find(text), first) is not { } stale
            || publications.Where(p => p.Local.Date > stale.Day).MinBy(p => p.Instant) is not { } late)
        {
            return;
        }

        var span = Span(starts, stale.Mention);
        var written = string.Join(' ', text.Substring(stale.Mention.Start, stale.Mention.Length).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var expires = HumanText.IsoDate(stale.Day);
        context.Report(span, Message(context.Words, stale, written, first, late, expires), Fix(context, post, stale, late, expires));
    }

    private static string Message(Words words, StalePoint stale, string written, LocalDate first, Publication late, string expires)
    {
        var day = words.Day(stale.Day);
        var (mentioned, over) = stale.Mention.Kind switch
        {
            DateMentionKind.Year => (written, words.Say(MessageId.DatedYearEnded, ("written", written))),
            DateMentionKind.MonthYear => (words.Say(MessageId.DatedMonthYear, ("written", written), ("day", day)), words.Say(MessageId.DatedMonthEnded)),
            DateMentionKind.DayMonth => (words.Say(MessageId.DatedDayMonth, ("written", written), ("day", day), ("first", words.Day(first))), words.Say(MessageId.DatedThatDay)),
            _ => (words.Say(MessageId.DatedDay, ("written", written), ("day", day)), words.Say(MessageId.DatedThatDay)),
        };
        return words.Say(
            MessageId.DatedContent,
            ("mentioned", mentioned),
            ("day", words.Day(late.Local.Date)),
            ("publication", words.Publication(late.Repost)),
            ("over", over),
            ("expires", expires));
    }

    /// <summary>
    /// <c>expires</c> after the block's last property, and the repeat bounded by it in the same fix (so
    /// <c>after-expiry</c> does not follow). None once the stale point has passed: the post is then
    /// late already, and the author must rewrite it or date it anew.
    /// </summary>
    private static ImmutableArray<CodeFix> Fix(RuleScope context, PostModel post, StalePoint stale, Publication late, string expires)
    {
        if (stale.Day < LocalArithmetic.LocalOf(context.Now, context.Zone, out _).Date)
        {
            return [];
        }

        var property = $"expires {expires}";
        var title = context.Say(MessageId.DatedAddFix, ("property", property));
        if (post.IsQueueItem || post.Repeat is not { } repeat || RepeatBound.By(context.Source, post, repeat, late, expires, context.Words) is not { } bound)
        {
            return [Fixes.Safe(title, true, Fixes.InsertProperty(context.Source, post.Syntax, property))];
        }

        if (bound.Line is { } line)
        {
            // The repeat line is deleted: expires takes its place (the two edits would touch when it is the last line).
            var lineContent = TextSpan.FromBounds(line.Key.Span.Start, context.Source.Lines[line.LastLine].End);
            return [Fixes.Unsafe(context.Say(MessageId.DatedAddAndBound, ("title", title), ("bound", bound.Description)), true, Fixes.Replace(lineContent, property))];
        }

        return [Fixes.Safe(context.Say(MessageId.DatedAddAndBound, ("title", title), ("bound", bound.Description)), true, bound.Edit, Fixes.InsertProperty(context.Source, post.Syntax, property))];
    }

    /// <summary>
    /// The post's text as written, its lines joined by LF (a quoted text's <c>\n</c> escapes read as
    /// two blanks), and where each line starts in the file, to map mentions back.
    /// </summary>
    private static (string Text, List<(int At, int Source)> Starts) Text(SourceText source, PostModel post, Located<TextValue> property)
    {
        var builder = new StringBuilder();
        var starts = new List<(int At, int Source)>();
        foreach (var line in RawText.Lines(source, post, property))
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            starts.Add((builder.Length, line.Span.Start));
            builder.Append(RawText.Readable(source, line));
        }

        return (builder.ToString(), starts);
    }

    private static TextSpan Span(List<(int At, int Source)> starts, DateMention mention) =>
        TextSpan.FromBounds(ToSource(starts, mention.Start), ToSource(starts, mention.Start + mention.Length));

    private static int ToSource(List<(int At, int Source)> starts, int at)
    {
        var line = starts.FindLastIndex(s => s.At <= at);
        return starts[line].Source + at - starts[line].At;
    }
}
