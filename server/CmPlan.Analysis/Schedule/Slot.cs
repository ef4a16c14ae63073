using NodaTime;

namespace CmPlan.Analysis.Schedule;

/// <summary>
/// One slot of a queue: <see cref="Local"/> is the nominal local date-time written in the plan
/// (what bounds compare against), <see cref="At"/> where it lands once mapped to the zone.
/// </summary>
internal readonly record struct Slot(LocalDateTime Local, ZonedDateTime At);
