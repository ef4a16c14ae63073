using CmPlan.Analysis.Schedule;

namespace CmPlan.Analysis.Diffing;

/// <summary>The same publication (post, channel, repost index) at another instant: where it was, and where it is now.</summary>
public sealed record MovedPublication(Publication From, Publication To);
