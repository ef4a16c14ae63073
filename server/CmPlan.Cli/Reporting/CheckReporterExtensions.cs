namespace CmPlan.Cli.Reporting;

public static class CheckReporterExtensions
{
    /// <summary>Every file at once, exactly as a streamed run writes them.</summary>
    public static void Write(this ICheckReporter reporter, IReadOnlyList<CheckedFile> files, CheckSummary summary, TextWriter output)
    {
        reporter.Begin(summary.Words, output);
        foreach (var file in files)
        {
            reporter.Add(file, output);
        }

        reporter.End(summary, output);
    }
}
