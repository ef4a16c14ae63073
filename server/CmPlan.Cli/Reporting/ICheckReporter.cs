using CmPlan.Analysis.Localization;

namespace CmPlan.Cli.Reporting;

/// <summary>
/// Writes the result of <c>cmplan check</c> in one output format, as the plans come: what goes
/// before the first file, each file in turn (a format that can writes it at once, so its analysis
/// need not stay alive), then the end with the summary. One reporter per run: it may keep state
/// from file to file (fingerprints, an open JSON document).
/// </summary>
public interface ICheckReporter
{
    void Begin(Words words, TextWriter output);

    void Add(CheckedFile file, TextWriter output);

    void End(CheckSummary summary, TextWriter output);

}
