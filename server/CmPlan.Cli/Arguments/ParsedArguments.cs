using System.Collections.Immutable;

namespace CmPlan.Cli.Arguments;

/// <summary>A command's arguments once read: paths in order, option values (the last one given wins), flags, and whether help was asked for.</summary>
public sealed record ParsedArguments(
    ImmutableArray<string> Positionals,
    ImmutableDictionary<string, string> Values,
    ImmutableHashSet<string> Flags,
    bool Help)
{
    public string? Value(string name) => Values.GetValueOrDefault(name);

    public bool Has(string flag) => Flags.Contains(flag);
}
