using CmPlan.Analysis.Model;

namespace CmPlan.Analysis.Schedule;

/// <summary>Expands posts and queues into publications (contract §4).</summary>
public static class ScheduleBuilder
{
    public static PlanSchedule Build(PlanModel model) => PlanSchedule.Empty(model.Plan.Zone);
}
