using System.Collections.Immutable;
using System.Globalization;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Grammar.Text;
using NodaTime;
using NodaTime.Text;

namespace CmPlan.Analysis.Rules.Calendar;

/// <summary>
/// <c>off-slot</c>: a post's <c>at</c> whose time is not one of the slot times, on that weekday, of a
/// channel of the post that has <c>slots</c> — one hint per such channel. The fix moves the post to
/// that day's nearest slot time (the earlier one on a tie), changing only the time it was written
/// with. Doc: docs/rules/off-slot.md.
/// </summary>
public sealed class OffSlotRule : Rule
{
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.Create("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The length of <c>YYYY-MM-DD HH:MM</c>: an <c>at</c> value is exactly that.</summary>
    private const int DateTimeLength = 16;

    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.OffSlot,
        Severity.Hint,
        false,
        "Off slot",
        "A post is not at one of its channel's usual slot times.");

    public override void CheckPost(PostContext context, PostModel post)
    {
        if (post.At is not { } at)
        {
            return;
        }

        var day = at.Value.DayOfWeek;
        var time = at.Value.TimeOfDay;
        var slotted = new List<(ChannelModel Channel, ImmutableArray<LocalTime> Times)>();
        foreach (var on in post.On.IsDefault ? [] : post.On)
        {
            // A channel named twice counts once: on lists are short, so a scan beats a set.
            if (!slotted.Exists(s => s.Channel.Id == on.Value) && context.FindChannel(on.Value) is { Slots.IsDefaultOrEmpty: false } channel)
            {
                // Once per channel and weekday: a plan has far more posts than channels.
                slotted.Add((channel, context.Memo((channel.Id, day), key => SlotTimes.On(channel.Slots, key.day))));
            }
        }

        ImmutableArray<LocalTime>? common = null;
        foreach (var (channel, times) in slotted)
        {
            if (times.Contains(time))
            {
                continue;
            }

            var weekday = context.Words.Weekdays(day);
            if (times.IsEmpty)
            {
                context.Report(
                    at.Span,
                    context.Say(MessageId.OffSlotNoDay, ("channel", channel.Id), ("weekday", weekday), ("moment", context.Words.DayTime(at.Value))));
                continue;
            }

            var nearest = Nearest(times, time);
            var list = string.Join(", ", times.Select(TimePattern.Format));
            context.Report(
                at.Span,
                context.Say(
                    MessageId.OffSlotTime,
                    ("moment", context.Words.DayTime(at.Value)),
                    ("channel", channel.Id),
                    ("weekday", weekday),
                    ("list", list),
                    ("nearest", TimePattern.Format(nearest))),
                (common ??= CommonTimes(context, slotted, at.Value.Date)) is { IsEmpty: false } shared ? Fix(context.Words, at.Span, Nearest(shared, time)) : []);
        }
    }

    /// <summary>
    /// The times the fix may move the post to: every slotted channel has them that day, and they exist on
    /// that date; otherwise two channels (or nonexistent-time) would undo each other.
    /// </summary>
    private static ImmutableArray<LocalTime> CommonTimes(RuleScope context, List<(ChannelModel Channel, ImmutableArray<LocalTime> Times)> slotted, LocalDate date) =>
        slotted
            .Select(s => s.Times)
            .Aggregate((IEnumerable<LocalTime>?)null, (acc, times) => acc is null ? times : acc.Intersect(times))?
            .Where(t => ClockChange.Map(context.Zone, date + t) is { Count: > 0 })
            .ToImmutableArray() ?? [];

    /// <summary>The slot time closest to <paramref name="time"/> within the day; on a tie, the earlier.</summary>
    private static LocalTime Nearest(ImmutableArray<LocalTime> times, LocalTime time)
    {
        var best = times[0];
        var bestDistance = long.MaxValue;
        foreach (var candidate in times)
        {
            var distance = Math.Abs(candidate.NanosecondOfDay - time.NanosecondOfDay);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    /// <summary>Replaces only the <c>HH:MM</c> at the end of the value, so the date and its separator stay as written.</summary>
    private static ImmutableArray<CodeFix> Fix(Words words, TextSpan at, LocalTime nearest)
    {
        if (at.Length != DateTimeLength)
        {
            return [];
        }

        var text = TimePattern.Format(nearest);
        // Unsafe: the content goes out at another time (contract §5).
        return [Fixes.Unsafe(words.Say(MessageId.OffSlotFix, ("time", text)), true, Fixes.Replace(new TextSpan(at.End - 5, 5), text))];
    }
}
