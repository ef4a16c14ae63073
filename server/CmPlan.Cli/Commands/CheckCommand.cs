using System.Globalization;
using CmPlan.Analysis;
using CmPlan.Analysis.Fixing;
using CmPlan.Analysis.Localization;
using CmPlan.Cli.Arguments;
using CmPlan.Cli.Inputs;
using CmPlan.Cli.Reporting;
using CmPlan.Cli.Running;
using CmPlan.Grammar.Text;

namespace CmPlan.Cli.Commands;

/// <summary><c>cmplan check &lt;path…&gt;</c>: analyse every plan, report in one format, exit 0/1/2.</summary>
public static class CheckCommand
{
    private static readonly OptionSpec[] Options =
    [
        OptionSpec.Value("--format"),
        OptionSpec.Value("--now"),
        OptionSpec.Value("--config"),
        OptionSpec.Value("--max-warnings"),
        OptionSpec.Value(Jobs.Option),
    ];

    public static int Run(IReadOnlyList<string> args, CliEnvironment env)
    {
        var parsed = ArgumentParser.Parse(args, "check", Options);
        if (parsed.Help)
        {
            env.Out.Write(HelpTexts.In(HelpTexts.Check, LanguageChoice.Of(parsed, env)));
            return ExitCodes.Success;
        }

        var format = ParseFormat(parsed.Value("--format"));
        var maxWarnings = ParseMaxWarnings(parsed.Value("--max-warnings"));
        var clock = NowOption.Parse(parsed.Value("--now"));
        var jobs = Jobs.Of(parsed.Value(Jobs.Option), env);
        var words = Words.For(LanguageChoice.Of(parsed, env));
        if (parsed.Positionals.IsEmpty)
        {
            throw new CliError(MessageId.CliCheckNeedsPath);
        }

        var paths = InputPaths.Expand(parsed.Positionals, env.WorkingDirectory, env.Error, words);
        var configs = new ConfigResolver(parsed.Value("--config"), env.WorkingDirectory);

        // Every plan that can be read is checked; one that cannot is reported (stderr) and makes the run exit 2.
        // Configurations load before anything is printed: an invalid one is exit 2 with no report.
        var inputs = InputReader.ReadEach(paths, env, words.Language, out var unreadable, digest: false)
            .Select(input => (Input: input, Config: configs.For(input.Path)))
            .ToList();
        if (inputs.Count == 0)
        {
            return ExitCodes.UsageOrInput;
        }

        // Analysed on every core, reported in input order as each one is ready: an analysis is let go
        // once reported, and the output is the same whatever the number of jobs.
        var language = words.Language;
        var reporter = Reporter(format);
        var summary = CheckSummary.Empty(words);
        reporter.Begin(words, env.Out);
        var checkedFiles = OrderedPipeline.Run(
            inputs,
            i => new CheckedFile(i.Input, Analyze(format, i.Input.Source, new AnalysisOptions(clock, i.Config) { Language = language, MediaFiles = i.Input.Path.MediaFiles() }), configs.Shown(i.Config)),
            jobs);
        foreach (var file in checkedFiles)
        {
            reporter.Add(file, env.Out);
            summary = summary.Add(file);
        }

        reporter.End(summary, env.Out);
        if (unreadable > 0)
        {
            env.Error.WriteLine($"cmplan: {words.Say(MessageId.FilesUnreadable, ("files", words.Count(unreadable, Noun.FileUnreadable)))}");
            return ExitCodes.UsageOrInput;
        }

        if (maxWarnings is { } max && summary.Warnings > max)
        {
            env.Error.WriteLine($"cmplan: {words.Say(MessageId.TooManyWarnings, ("warnings", words.Number(summary.Warnings)), ("max", words.Number(max)))}");
            return ExitCodes.Problems;
        }

        return summary.Errors > 0 ? ExitCodes.Problems : ExitCodes.Success;
    }

    /// <summary>The formats that carry fixes offer only those that remove problems (contract §5); the others need not check them.</summary>
    private static AnalysisResult Analyze(CheckFormat format, SourceText source, AnalysisOptions options) =>
        format is CheckFormat.Json or CheckFormat.Sarif ? FixVerifier.Analyze(source, options) : PlanAnalyzer.Analyze(source, options);

    private static CheckFormat ParseFormat(string? value) => value switch
    {
        null or "text" => CheckFormat.Text,
        "json" => CheckFormat.Json,
        "sarif" => CheckFormat.Sarif,
        "github" => CheckFormat.Github,
        "markdown" => CheckFormat.Markdown,
        "gitlab" => CheckFormat.Gitlab,
        _ => throw CliError.InvalidValue("--format", value, "text", "json", "sarif", "github", "markdown", "gitlab"),
    };

    private static int? ParseMaxWarnings(string? value)
    {
        if (value is null)
        {
            return null;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var max)
            ? max
            : throw CliError.InvalidValue("--max-warnings", value, MessageId.CliWholeNumber);
    }

    private static ICheckReporter Reporter(CheckFormat format) => format switch
    {
        CheckFormat.Json => new JsonReporter(),
        CheckFormat.Sarif => new SarifReporter(),
        CheckFormat.Github => new GithubReporter(),
        CheckFormat.Markdown => new MarkdownReporter(),
        CheckFormat.Gitlab => new GitlabReporter(),
        _ => new TextReporter(),
    };
}
