using System.Globalization;
using CmPlan.Analysis.Localization;

namespace CmPlan.Cli.Running;

/// <summary>
/// How many plans <c>check</c>, <c>format</c> and <c>fix</c> work on at once: <c>--jobs N</c>, else
/// the <c>CMPLAN_JOBS</c> variable, else one per processor. <c>--jobs 1</c> works on one plan at a
/// time; the output is the same whatever the number.
/// </summary>
public static class Jobs
{
    public const string Option = "--jobs";

    public const string Variable = "CMPLAN_JOBS";

    public static int Of(string? option, CliEnvironment env)
    {
        if (option is not null)
        {
            return Parse(option, Option);
        }

        return env.Variable(Variable) is { Length: > 0 } value ? Parse(value, Variable) : Environment.ProcessorCount;
    }

    private static int Parse(string value, string source) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var jobs) && jobs >= 1
            ? jobs
            : throw CliError.InvalidValue(source, value, MessageId.CliWholeNumberFromOne);
}
