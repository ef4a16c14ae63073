using System.Text;
using CmPlan.Analysis.Localization;

namespace CmPlan.Cli.Scheduling.Export;

/// <summary>
/// Writes a profile's file: its header and rows, RFC 4180 (<see cref="CsvRecords"/>), UTF-8 without
/// a BOM (the file is for the scheduler's uploader, which could read a BOM into its first column's
/// name); then one stderr line per kind of thing the file could not carry.
/// </summary>
public static class ProfileCsvWriter
{
    /// <summary>The file on <paramref name="output"/>; what it could not carry on <paramref name="error"/>, in <paramref name="words"/>' language.</summary>
    public static void Write(IExportProfile profile, ScheduleView view, TextWriter output, TextWriter error, Words words)
    {
        var losses = new ExportLosses();
        var csv = new StringBuilder();
        CsvRecords.Append(csv, profile.Columns);
        foreach (var row in profile.Rows(view, losses))
        {
            CsvRecords.Append(csv, row);
        }

        output.Write(csv.ToString());
        foreach (var line in losses.Lines(profile, words))
        {
            error.WriteLine(line);
        }
    }
}
