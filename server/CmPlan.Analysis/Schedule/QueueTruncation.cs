namespace CmPlan.Analysis.Schedule;

/// <summary>
/// A queue whose bounded recycle allowed publications that the plan's end, the horizon or the
/// calendar cut (contract §5 <c>truncated-schedule</c>): the bound, and how many publications (each
/// channel counts) do not go out, null when too many to count.
/// </summary>
public sealed record QueueTruncation(string Queue, ScheduleCut Cut, long? Missing);
