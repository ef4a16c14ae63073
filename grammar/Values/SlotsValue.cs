using System.Collections.Immutable;
using NodaTime;

namespace CmPlan.Grammar.Values;

/// <summary>A <c>slots</c> line: on these days, at these local times.</summary>
public sealed record SlotsValue(DaySet Days, ImmutableArray<LocalTime> Times);
