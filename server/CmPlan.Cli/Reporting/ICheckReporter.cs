namespace CmPlan.Cli.Reporting;

/// <summary>Writes the result of <c>cmplan check</c> in one output format.</summary>
public interface ICheckReporter
{
    void Write(IReadOnlyList<CheckedFile> files, CheckSummary summary, TextWriter output);
}
