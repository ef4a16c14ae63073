using NodaTime;

namespace CmPlan.Grammar.Values;

/// <summary>
/// A date or a date and time, as written. As a start it means 00:00 of the date; as an end
/// (<c>until</c>, <c>expires</c>, plan <c>end</c>) a bare date means the whole day, inclusive.
/// </summary>
public sealed record DateTimeValue(LocalDate Date, LocalTime? Time)
{
    public bool HasTime => Time is not null;

    public LocalDateTime AsStart => Date + (Time ?? LocalTime.Midnight);

    /// <summary>True when <paramref name="moment"/> is at or before this end bound.</summary>
    public bool EndIncludes(LocalDateTime moment) =>
        Time is { } time ? moment <= Date + time : moment.Date <= Date;

    public override string ToString() => Time is { } time
        ? $"{Date:yyyy'-'MM'-'dd} {time:HH':'mm}"
        : $"{Date:yyyy'-'MM'-'dd}";
}
