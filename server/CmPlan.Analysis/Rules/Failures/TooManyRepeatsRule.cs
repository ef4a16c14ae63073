using System.Globalization;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Rules.Support;

namespace CmPlan.Analysis.Rules.Failures;

/// <summary>
/// <c>too-many-repeats</c>: a post or queue item reposted more often than the policy's
/// <c>max-repeats</c>, counted on the schedule (so <c>until</c> and the plan's end are taken into
/// account). A queue is reported once, on its <c>recycle</c>, naming its most reposted item.
/// Unbounded repeats and recycles are left to <c>unbounded-repost</c>. Doc: docs/rules/too-many-repeats.md.
/// </summary>
public sealed class TooManyRepeatsRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.TooManyRepeats,
        Severity.Warning,
        false,
        "Too many repeats",
        "A content gets more reposts than the policy's max-repeats.");

    public override void CheckPost(PostContext context, PostModel post)
    {
        var max = context.Settings.MaxRepeats;
        if (post.Repeat is not { } repeat
            || !repeat.Value.IsBounded
            || ContentRun.Of(context.Publications, post) is not { } run
            || run.Reposts <= max)
        {
            return;
        }

        var words = context.Words;
        var message = words.Say(
            MessageId.TooManyRepeats,
            ("count", words.Count(run.Reposts, Noun.Time)),
            ("last", words.Day(run.Last.Local.Date)),
            ("policy", Policy(words, max)));
        if (repeat.Value.Times is { } times)
        {
            // Never 'times 0' (max-repeats 0): a repeat with no repost is a mistake of its own.
            var fix = Fixes.Safe(words.Say(MessageId.TooManyRepeatsFix, ("max", words.Number(max))), true, Fixes.Replace(times.Span, max.ToString(CultureInfo.InvariantCulture)));
            context.Report(times.Span, message, max > 0 ? [fix] : []);
        }
        else
        {
            context.Report(repeat.Span, message);
        }
    }

    public override bool FollowsSchedule => true;

    public override void CheckPlan(RuleContext context)
    {
        var max = context.Settings.MaxRepeats;
        foreach (var queue in context.Model.Queues)
        {
            if (queue.Recycle is not { } recycle || !recycle.Value.IsBounded)
            {
                continue;
            }

            var over = ContentRun.OfItems(context.Schedule, queue).Where(r => r.Reposts > max).ToList();
            // MaxBy keeps the first of equals: the earliest item in file order on a tie.
            if (over.MaxBy(r => r.Reposts) is not { } worst)
            {
                continue;
            }

            var words = context.Words;
            context.Report(
                recycle.Span,
                words.Say(
                    MessageId.TooManyRepeatsQueue,
                    ("item", worst.Content.Id),
                    ("count", words.Count(worst.Reposts, Noun.Time)),
                    ("last", words.Day(worst.Last.Local.Date)),
                    ("policy", Policy(words, max)),
                    ("also", Others(words, over.Count - 1))));
        }
    }

    private static string Policy(Words words, int max) => words.Say(MessageId.TooManyRepeatsPolicy, ("max", words.Number(max)));

    /// <summary>", and 2 other items go over too", or nothing.</summary>
    internal static string Others(Words words, int others) => others switch
    {
        0 => string.Empty,
        1 => words.Say(MessageId.OthersGoOverOne, ("count", words.Count(others, Noun.OtherItem))),
        _ => words.Say(MessageId.OthersGoOverMany, ("count", words.Count(others, Noun.OtherItem))),
    };
}
