using System.Collections.Immutable;
using CmPlan.Analysis.Localization;

namespace CmPlan.Cli.Arguments;

/// <summary>
/// Hand-rolled option parsing (no System.CommandLine: cold start matters). Options may come before
/// or after paths; <c>--</c> ends them; a lone <c>-</c> is a path (stdin); <c>-h</c>/<c>--help</c> wins over everything.
/// Every command takes <c>--lang</c> (<see cref="LanguageChoice"/>).
/// </summary>
public static class ArgumentParser
{
    private static readonly OptionSpec Lang = OptionSpec.Value(LanguageChoice.Option);

    public static ParsedArguments Parse(IReadOnlyList<string> args, string command, IReadOnlyList<OptionSpec> specs)
    {
        if (args.TakeWhile(a => a != "--").Any(a => a is "-h" or "--help"))
        {
            // Help comes in the language asked for, whatever else is on the line.
            var help = ImmutableDictionary<string, string>.Empty;
            return new ParsedArguments([], LangOf(args) is { } lang ? help.Add(Lang.Name, lang) : help, [], true);
        }

        var positionals = ImmutableArray.CreateBuilder<string>();
        var values = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var flags = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var given = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
        var optionsEnded = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || arg == "-" || !arg.StartsWith('-'))
            {
                positionals.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? arg : arg[..equals];
            var spec = specs.FirstOrDefault(s => s.Name == name)
                ?? (name == Lang.Name ? Lang : null)
                ?? throw new CliError(MessageId.CliUnknownOption, ("option", name), ("command", command));
            if (!spec.TakesValue)
            {
                if (equals >= 0)
                {
                    throw new CliError(MessageId.CliOptionTakesNoValue, ("option", name));
                }

                flags.Add(name);
                continue;
            }

            string value;
            if (equals >= 0)
            {
                value = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count)
            {
                value = args[++i];
            }
            else
            {
                throw new CliError(MessageId.CliOptionNeedsValue, ("option", name));
            }

            if (value.Length == 0)
            {
                throw new CliError(MessageId.CliOptionNeedsValue, ("option", name));
            }

            values[name] = value;
            given.Add(new(name, value));
        }

        return new ParsedArguments(positionals.ToImmutable(), values.ToImmutable(), flags.ToImmutable(), false) { Given = given.ToImmutable() };
    }

    /// <summary>The value of <c>--lang</c> among raw arguments (the last one given), without reading the rest.</summary>
    public static string? LangOf(IReadOnlyList<string> args)
    {
        string? lang = null;
        for (var i = 0; i < args.Count && args[i] != "--"; i++)
        {
            if (args[i] == Lang.Name && i + 1 < args.Count)
            {
                lang = args[++i];
            }
            else if (args[i].StartsWith(Lang.Name + "=", StringComparison.Ordinal))
            {
                lang = args[i][(Lang.Name.Length + 1)..];
            }
        }

        return lang;
    }
}
