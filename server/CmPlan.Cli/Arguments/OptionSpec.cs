namespace CmPlan.Cli.Arguments;

/// <summary>An option a command accepts: <c>--name value</c> / <c>--name=value</c> when it takes a value, else a flag.</summary>
public sealed record OptionSpec(string Name, bool TakesValue)
{
    public static OptionSpec Value(string name) => new(name, true);

    public static OptionSpec Flag(string name) => new(name, false);
}
