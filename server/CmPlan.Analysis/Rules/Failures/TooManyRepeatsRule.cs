using System.Globalization;
using CmPlan.Analysis.Diagnostics;
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

    public override void CheckPost(RuleContext context, PostModel post)
    {
        var max = context.Settings.MaxRepeats;
        if (post.Repeat is not { } repeat
            || !repeat.Value.IsBounded
            || ContentRun.Of(context.Schedule, post) is not { } run
            || run.Reposts <= max)
        {
            return;
        }

        var message = $"Reposted {HumanText.Count(run.Reposts, "time")} (the last on {HumanText.Day(run.Last.Local.Date)}), more than {Policy(max)}: "
            + "past a few returns, each copy mostly reaches people who have seen it already. Keep the best reposts.";
        if (repeat.Value.Times is { } times)
        {
            // Never 'times 0' (max-repeats 0): a repeat with no repost is a mistake of its own.
            var fix = Fixes.Safe($"Repost at most {max.ToString(CultureInfo.InvariantCulture)} times (max-repeats)", true, Fixes.Replace(times.Span, max.ToString(CultureInfo.InvariantCulture)));
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

            var others = over.Count - 1;
            var also = others == 0 ? string.Empty : $", and {HumanText.Count(others, "other item")} {(others == 1 ? "goes" : "go")} over too";
            context.Report(
                recycle.Span,
                $"Recycling reposts '{worst.Content.Id}' {HumanText.Count(worst.Reposts, "time")} (the last on {HumanText.Day(worst.Last.Local.Date)}), "
                + $"more than {Policy(max)}{also}. Recycle fewer times or stop earlier, or add items to the queue.");
        }
    }

    private static string Policy(int max) =>
        $"the policy maximum of {max.ToString(CultureInfo.InvariantCulture)} (max-repeats {max.ToString(CultureInfo.InvariantCulture)})";
}
