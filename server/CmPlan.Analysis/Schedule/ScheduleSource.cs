namespace CmPlan.Analysis.Schedule;

/// <summary>A post (by its index in the model's posts) or a queue (by its index in the model's queues) that the schedule expands.</summary>
public readonly record struct ScheduleSource(bool IsQueue, int Index);
