using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Rules.Calendar;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Analysis.Schedule;
using CmPlan.Grammar.Text;
using NodaTime;

namespace CmPlan.Analysis.Rules.Failures;

/// <summary>
/// <c>queue-too-frequent</c>: a queue whose rotation brings an item back less than <c>min-interval</c>
/// after its previous publication — too few items for its slots, or expiring items shortening the
/// round. Reported once per queue, on its header, with the tightest gap and where it first happens.
/// Doc: docs/rules/queue-too-frequent.md.
/// </summary>
public sealed class QueueTooFrequentRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.QueueTooFrequent,
        Severity.Warning,
        false,
        "Queue recycles too fast",
        "A queue publishes the same item twice less than min-interval apart.");

    public override bool FollowsSchedule => true;

    public override void CheckPlan(RuleContext context)
    {
        var minimum = context.Settings.MinInterval;
        var period = minimum.ToPeriod();
        foreach (var queue in context.Model.Queues)
        {
            Publication? firstPrevious = null;
            Publication? first = null;
            long? smallest = null;
            foreach (var item in queue.Items)
            {
                Publication? previous = null;
                foreach (var publication in context.Schedule.OccurrencesOf(item.Id))
                {
                    if (previous is not null && LocalGap.IsLessThan(previous.Nominal, publication.Nominal, period))
                    {
                        var minutes = Period.Between(previous.Nominal, publication.Nominal, PeriodUnits.Minutes).Minutes;
                        smallest = smallest is { } s ? Math.Min(s, minutes) : minutes;
                        if (first is null || publication.Instant < first.Instant)
                        {
                            (firstPrevious, first) = (previous, publication);
                        }
                    }

                    previous = publication;
                }
            }

            if (first is null || firstPrevious is null || smallest is not { } tightest)
            {
                continue;
            }

            var header = queue.Syntax;
            var span = TextSpan.FromBounds(header.Keyword.Span.Start, header.NameOrKeywordSpan.End);
            var firstGap = Period.Between(firstPrevious.Nominal, first.Nominal, PeriodUnits.Days | PeriodUnits.Hours | PeriodUnits.Minutes);
            var words = context.Words;
            context.Report(
                span,
                words.Say(
                    MessageId.QueueTooFrequent,
                    ("queue", queue.Id),
                    ("items", words.Count(queue.Items.Length, Noun.Item)),
                    ("slots", words.Count(SlotTimes.PerWeek(queue.Slots), Noun.Slot)),
                    ("gap", words.Gap(Period.FromMinutes(tightest))),
                    ("minimum", words.Duration(minimum)),
                    ("setting", minimum.ToString()),
                    ("first", words.DayTime(first.Local)),
                    ("post", first.Post),
                    ("firstGap", words.Gap(firstGap)),
                    ("previous", words.DayTime(firstPrevious.Local))));
        }
    }
}
