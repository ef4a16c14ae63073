using CmPlan.Analysis.Model;

namespace CmPlan.Analysis.Rules.Calendar;

/// <summary>A rule about each date-time written with a time (<see cref="WrittenDateTimes"/>): posts' first, then queues'.</summary>
public abstract class WrittenDateTimeRule : Rule
{
    public sealed override void CheckPost(PostContext context, PostModel post)
    {
        foreach (var written in WrittenDateTimes.Of(post))
        {
            CheckWritten(context, written);
        }
    }

    public override bool FollowsSchedule => true;

    public sealed override void CheckPlan(RuleContext context)
    {
        foreach (var written in WrittenDateTimes.OfQueues(context.Model))
        {
            CheckWritten(context, written);
        }
    }

    private protected abstract void CheckWritten(RuleScope context, WrittenDateTime written);
}
