using System.Globalization;
using CmPlan.Analysis;
using CmPlan.Analysis.Configuration;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Cli.Arguments;
using CmPlan.Cli.Inputs;
using CmPlan.Cli.Scheduling;

namespace CmPlan.Cli.Commands;

/// <summary><c>cmplan schedule &lt;file&gt;</c>: the publications a plan expands to, as text, JSON or iCalendar.</summary>
public static class ScheduleCommand
{
    private static readonly OptionSpec[] Options = [OptionSpec.Value("--format"), OptionSpec.Value("--now")];

    public static int Run(IReadOnlyList<string> args, CliEnvironment env)
    {
        var parsed = ArgumentParser.Parse(args, "schedule", Options);
        if (parsed.Help)
        {
            env.Out.Write(HelpTexts.Schedule);
            return ExitCodes.Success;
        }

        var format = parsed.Value("--format") switch
        {
            null or "text" => ScheduleFormat.Text,
            "json" => ScheduleFormat.Json,
            "ics" => ScheduleFormat.Ics,
            var other => throw new CliError($"invalid --format '{other}': expected text, json or ics"),
        };
        var clock = NowOption.Parse(parsed.Value("--now"));
        if (parsed.Positionals.Length != 1)
        {
            throw new CliError("schedule needs exactly one plan file (or - for stdin)");
        }

        var arg = parsed.Positionals[0];
        if (arg != "-" && Directory.Exists(Path.GetFullPath(arg, env.WorkingDirectory)))
        {
            throw new CliError($"{arg} is a folder: schedule needs one plan file");
        }

        var input = InputReader.Read(InputPaths.Expand([arg], env.WorkingDirectory)[0], env);

        // The schedule does not depend on the policy, so cmplan.json is not read here.
        var result = PlanAnalyzer.Analyze(input.Source, new AnalysisOptions(clock, ConfigFile.Empty));
        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        if (errors > 0)
        {
            env.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"cmplan: {input.DisplayPath} has {errors} {(errors == 1 ? "error" : "errors")}: the schedule may be incomplete (see cmplan check)"));
        }

        switch (format)
        {
            case ScheduleFormat.Json:
                ScheduleJsonWriter.Write(result.Schedule, env.Out);
                break;
            case ScheduleFormat.Ics:
                IcsWriter.Write(result, result.Now, env.Out);
                break;
            default:
                ScheduleTextWriter.Write(result.Schedule, env.Out);
                break;
        }

        return ExitCodes.Success;
    }
}
