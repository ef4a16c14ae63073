using System.Collections.Immutable;

namespace CmPlan.Cli.Arguments;

/// <summary>A command's arguments once read: paths in order, option values (the last one given wins, or all of them for a repeatable one), flags, and whether help was asked for.</summary>
public sealed record ParsedArguments(
    ImmutableArray<string> Positionals,
    ImmutableDictionary<string, string> Values,
    ImmutableHashSet<string> Flags,
    bool Help)
{
    /// <summary>Every option value in the order given, for options that may be repeated.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Given { get; init; } = [];

    public string? Value(string name) => Values.GetValueOrDefault(name);

    /// <summary>Every value given to a repeatable option, in order.</summary>
    public ImmutableArray<string> All(string name) => [.. Given.Where(v => v.Key == name).Select(v => v.Value)];

    public bool Has(string flag) => Flags.Contains(flag);
}
