using System.Runtime.CompilerServices;
using CmPlan.Analysis.Rules;
using CmPlan.Analysis.Schedule;

namespace CmPlan.Analysis.Ide;

/// <summary>
/// A schedule's <see cref="ScheduleIndex"/>, made once per schedule for the editor features: an
/// editor asks for hints and hovers after every keystroke, and a keystroke that changes no value
/// the schedule is built from keeps the same schedule, so grouping every publication again
/// (tens of milliseconds on 10,000 posts) would be work thrown away.
/// </summary>
public static class KeptScheduleIndex
{
    private static readonly ConditionalWeakTable<PlanSchedule, ScheduleIndex> Kept = new();

    public static ScheduleIndex Of(PlanSchedule schedule) => Kept.GetValue(schedule, s => new ScheduleIndex(s));
}
