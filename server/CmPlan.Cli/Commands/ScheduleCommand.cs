using System.Globalization;
using CmPlan.Analysis;
using CmPlan.Analysis.Configuration;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Cli.Arguments;
using CmPlan.Cli.Inputs;
using CmPlan.Cli.Scheduling;
using CmPlan.Cli.Scheduling.Export;
using NodaTime;

namespace CmPlan.Cli.Commands;

/// <summary>
/// <c>cmplan schedule &lt;file&gt;</c>: the publications a plan expands to, as text, JSON,
/// iCalendar or CSV (or a scheduler's bulk-upload CSV, <c>--profile</c>), filtered by local dates (<c>--from</c>, <c>--to</c>, inclusive), <c>--channel</c> and
/// <c>--tag</c> (repeatable: any given matches).
/// </summary>
public static class ScheduleCommand
{
    private static readonly OptionSpec[] Options =
    [
        OptionSpec.Value("--format"),
        OptionSpec.Value("--now"),
        OptionSpec.Value("--from"),
        OptionSpec.Value("--to"),
        OptionSpec.Value("--channel"),
        OptionSpec.Value("--tag"),
        OptionSpec.Value("--profile"),
    ];

    public static int Run(IReadOnlyList<string> args, CliEnvironment env)
    {
        var parsed = ArgumentParser.Parse(args, "schedule", Options);
        if (parsed.Help)
        {
            env.Out.Write(HelpTexts.In(HelpTexts.Schedule, LanguageChoice.Of(parsed, env)));
            return ExitCodes.Success;
        }

        var profile = parsed.Value("--profile") is { } profileName ? ExportProfiles.For(profileName) : null;
        var format = parsed.Value("--format") switch
        {
            null when profile is not null => ScheduleFormat.Csv,
            null or "text" => ScheduleFormat.Text,
            "json" => ScheduleFormat.Json,
            "ics" => ScheduleFormat.Ics,
            "csv" => ScheduleFormat.Csv,
            var other => throw CliError.InvalidValue("--format", other, "text", "json", "ics", "csv"),
        };
        if (profile is not null && format != ScheduleFormat.Csv)
        {
            throw new CliError(MessageId.CliProfileNeedsCsv, ("name", profile.Name), ("format", parsed.Value("--format") ?? string.Empty));
        }

        var clock = NowOption.Parse(parsed.Value("--now"));
        var filter = new ScheduleFilter(Date(parsed, "--from"), Date(parsed, "--to"), parsed.All("--channel"), parsed.All("--tag"));
        if (filter is { From: { } from, To: { } to } && from > to)
        {
            throw new CliError(MessageId.CliFromAfterTo, ("from", parsed.Value("--from") ?? string.Empty), ("to", parsed.Value("--to") ?? string.Empty));
        }
        if (parsed.Positionals.Length != 1)
        {
            throw new CliError(MessageId.CliScheduleOnePlan);
        }

        var arg = parsed.Positionals[0];
        if (arg != "-" && Directory.Exists(Path.GetFullPath(arg, env.WorkingDirectory)))
        {
            throw new CliError(MessageId.CliScheduleFolder, ("path", arg));
        }

        var input = InputReader.Read(InputPaths.Expand([arg], env.WorkingDirectory)[0], env);

        // The schedule does not depend on the policy, so cmplan.json is not read here.
        var result = PlanAnalyzer.Analyze(input.Source, new AnalysisOptions(clock, ConfigFile.Empty) { Language = LanguageChoice.Of(parsed, env) });
        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        if (errors > 0)
        {
            env.Error.WriteLine("cmplan: " + result.Words.Say(MessageId.ScheduleHasErrors, ("path", input.DisplayPath), ("errors", result.Words.Count(errors, Noun.Error))));
        }

        var view = ScheduleView.Of(result, input.Path.FullPath is { } full ? Path.GetFileName(full) : "stdin", filter);
        switch (format)
        {
            case ScheduleFormat.Json:
                ScheduleJsonWriter.Write(view, env.Out);
                break;
            case ScheduleFormat.Csv when profile is not null:
                ProfileCsvWriter.Write(profile, view, env.Out, env.Error, result.Words);
                break;
            case ScheduleFormat.Csv:
                ScheduleCsvWriter.Write(view, env.Out);
                break;
            case ScheduleFormat.Ics:
                // DTSTAMP: --now when given, else derived from the plan (the same on every run).
                IcsWriter.Write(view, parsed.Value("--now") is null ? null : result.Now, env.Out, result.Words);
                break;
            default:
                ScheduleTextWriter.Write(view, env.Out, Words.For(LanguageChoice.Of(parsed, env)));
                break;
        }

        return ExitCodes.Success;
    }

    private static LocalDate? Date(ParsedArguments parsed, string option)
    {
        if (parsed.Value(option) is not { } text)
        {
            return null;
        }

        var result = TimeFormats.IsoDate.Parse(text);
        return result.Success ? result.Value : throw CliError.InvalidValue(option, text, MessageId.CliDateExpected);
    }
}
