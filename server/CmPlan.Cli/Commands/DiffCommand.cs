using CmPlan.Analysis;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Cli.Arguments;
using CmPlan.Cli.Diffing;
using CmPlan.Cli.Inputs;
using CmPlan.Grammar.Text;
using NodaTime;

namespace CmPlan.Cli.Commands;

/// <summary>
/// <c>cmplan diff &lt;old&gt; &lt;new&gt;</c> and <c>cmplan diff --base &lt;rev&gt; [&lt;path&gt;…]</c>: what a change
/// does to the schedule and to the problems of each plan. Both sides are analysed with the same
/// "now" and the same cmplan.json (the one the new side would use), so only the plans differ.
/// </summary>
public static class DiffCommand
{
    private static readonly OptionSpec[] Options =
    [
        OptionSpec.Value("--format"),
        OptionSpec.Value("--now"),
        OptionSpec.Value("--config"),
        OptionSpec.Value("--base"),
        OptionSpec.Value("--fail-on"),
    ];

    public static int Run(IReadOnlyList<string> args, CliEnvironment env)
    {
        var parsed = ArgumentParser.Parse(args, "diff", Options);
        if (parsed.Help)
        {
            env.Out.Write(HelpTexts.In(HelpTexts.Diff, LanguageChoice.Of(parsed, env)));
            return ExitCodes.Success;
        }

        var format = parsed.Value("--format") switch
        {
            null or "text" => DiffFormat.Text,
            "markdown" => DiffFormat.Markdown,
            "json" => DiffFormat.Json,
            var other => throw CliError.InvalidValue("--format", other, "text", "markdown", "json"),
        };
        Severity? failOn = parsed.Value("--fail-on") switch
        {
            null => null,
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            var other => throw CliError.InvalidValue("--fail-on", other, "error", "warning"),
        };

        // One instant for both sides: the system clock read twice could judge them differently.
        var clock = NowOption.Parse(parsed.Value("--now"));
        if (ReferenceEquals(clock, PlanClock.System))
        {
            clock = PlanClock.At(SystemClock.Instance.GetCurrentInstant());
        }

        var context = new Sides(clock, new ConfigResolver(parsed.Value("--config"), env.WorkingDirectory), env, LanguageChoice.Of(parsed, env));
        var files = parsed.Value("--base") is { } revision
            ? FromGit(revision, parsed.Positionals, context)
            : FromTwoFiles(parsed.Positionals, context);

        var summary = DiffSummary.From(files);
        switch (format)
        {
            case DiffFormat.Json:
                DiffJsonWriter.Write(files, summary, env.Out);
                break;
            case DiffFormat.Markdown:
                DiffMarkdownWriter.Write(files, summary, env.Out, Words.For(context.Language));
                break;
            default:
                DiffTextWriter.Write(files, summary, env.Out, Words.For(context.Language));
                break;
        }

        // Severity is ordered worst first.
        return failOn is { } threshold && summary.WorstIntroduced is { } worst && worst <= threshold
            ? ExitCodes.Problems
            : ExitCodes.Success;
    }

    private static List<DiffedFile> FromTwoFiles(IReadOnlyList<string> positionals, Sides sides)
    {
        if (positionals.Count != 2)
        {
            throw new CliError(MessageId.CliDiffNeedsTwo);
        }

        var paths = positionals.Select(p => InputPaths.Expand([p], sides.Env.WorkingDirectory)).ToList();
        if (paths.Any(p => p.Count != 1))
        {
            throw new CliError(MessageId.CliDiffNoFolders);
        }

        var (before, after) = (InputReader.Read(paths[0][0], sides.Env), InputReader.Read(paths[1][0], sides.Env));
        var config = sides.Configs.For(after.Path);
        return [DiffedFile.Compare(after.DisplayPath, before.DisplayPath, FileStatus.Modified, sides.Analyze(before.Source, config), sides.Analyze(after.Source, config))];
    }

    private static List<DiffedFile> FromGit(string revision, IReadOnlyList<string> paths, Sides sides)
    {
        var wd = sides.Env.WorkingDirectory;
        if (paths.Contains("-"))
        {
            throw new CliError(MessageId.CliDiffNoStdin);
        }

        // Paths from git are relative to the top folder; --show-cdup leads there from here without resolving links.
        var top = Path.GetFullPath(Path.Combine(wd, GitCommand.RunText(wd, "rev-parse", "--show-cdup").Trim()));
        try
        {
            GitCommand.Run(wd, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}");
        }
        catch (CliError e)
        {
            throw new CliError(words => words.Say(MessageId.CliNoSuchRevision, ("revision", revision)), e);
        }

        var files = new List<DiffedFile>();
        foreach (var change in GitChanges.Between(wd, revision, paths))
        {
            var shown = new InputPath(Path.Combine(top, change.Path), DisplayPaths.For(Path.Combine(top, change.Path), wd));
            var oldDisplay = change.OldPath is null ? null : DisplayPaths.For(Path.Combine(top, change.OldPath), wd);
            var config = sides.Configs.For(shown);
            var before = change.OldPath is null
                ? null
                : sides.Analyze(SourceText.FromBytes(GitCommand.Run(top, "show", "--no-textconv", $"{revision}:{change.OldPath}")), config);
            var after = change.NewPath is null ? null : sides.Analyze(InputReader.Read(shown, sides.Env).Source, config);
            files.Add(DiffedFile.Compare(shown.DisplayPath, oldDisplay, change.Status, before, after));
        }

        return files;
    }

    private enum DiffFormat
    {
        Text,
        Markdown,
        Json,
    }

    /// <summary>What both sides are analysed with.</summary>
    private sealed record Sides(PlanClock Clock, ConfigResolver Configs, CliEnvironment Env, Analysis.Localization.Language Language)
    {
        public AnalysisResult Analyze(SourceText source, Analysis.Configuration.ConfigFile config) =>
            PlanAnalyzer.Analyze(source, new AnalysisOptions(Clock, config) { Language = Language });
    }
}
