using System.Collections.Immutable;

namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>
/// The answer to <c>cmplan/schedule</c>: the plan's zone (IANA id), its channels in declaration
/// order, each post's id with the range of that id in its header, and every publication in
/// schedule order. A client needs nothing else from the plan's text to draw its calendar.
/// </summary>
public sealed record ScheduleDto(string Zone, ImmutableArray<string> Channels, ImmutableArray<SchedulePostDto> Posts, ImmutableArray<PublicationDto> Publications);

/// <summary>A post of <c>cmplan/schedule</c>: its id and where that id is written (<c>post &lt;id&gt;</c>).</summary>
public sealed record SchedulePostDto(string Id, RangeDto Range);
