namespace CmPlan.Cli.Scheduling;

/// <summary>The output formats of <c>cmplan schedule</c>.</summary>
public enum ScheduleFormat
{
    Text,
    Json,
    Ics,
    Csv,
}
