using System.Collections.Immutable;
using NodaTime;

namespace CmPlan.Cli.Scheduling;

/// <summary>
/// <c>schedule</c>'s filters (contract §6): local dates from and to (inclusive), channels and tags
/// (a publication matches any channel given, and any tag given; a filter not given matches all).
/// </summary>
public sealed record ScheduleFilter(LocalDate? From, LocalDate? To, ImmutableArray<string> Channels, ImmutableArray<string> Tags)
{
    public static ScheduleFilter None { get; } = new(null, null, [], []);

    public bool Matches(ScheduledPublication scheduled)
    {
        var publication = scheduled.Publication;
        var date = publication.Local.Date;
        return (From is not { } from || date >= from)
            && (To is not { } to || date <= to)
            && (Channels.IsEmpty || Channels.Contains(publication.Channel))
            && (Tags.IsEmpty || (scheduled.Post?.Tags ?? []).Any(t => Tags.Contains(t.Value)));
    }
}
