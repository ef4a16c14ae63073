namespace CmPlan.Cli.Scheduling.Export;

/// <summary>
/// <c>schedule --format csv --profile &lt;name&gt;</c>: a scheduler's bulk-upload CSV, built from
/// that scheduler's own published help page (docs/export.md names it and the date it was read).
/// </summary>
public interface IExportProfile
{
    /// <summary>The <c>--profile</c> value, lower case.</summary>
    string Name { get; }

    /// <summary>The scheduler's name as messages write it.</summary>
    string Scheduler { get; }

    /// <summary>The header row, in the template's order.</summary>
    IReadOnlyList<string> Columns { get; }

    /// <summary>The rows for <paramref name="view"/>; what they cannot carry goes to <paramref name="losses"/>, never silently.</summary>
    IReadOnlyList<IReadOnlyList<string>> Rows(ScheduleView view, ExportLosses losses);
}
