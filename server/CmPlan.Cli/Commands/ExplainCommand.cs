using CmPlan.Analysis.Diagnostics;
using CmPlan.Cli.Arguments;
using CmPlan.Grammar.Text;

namespace CmPlan.Cli.Commands;

/// <summary><c>cmplan explain &lt;rule-id&gt;</c>: prints the rule's documentation, embedded from docs/rules.</summary>
public static class ExplainCommand
{
    public static int Run(IReadOnlyList<string> args, CliEnvironment env)
    {
        var parsed = ArgumentParser.Parse(args, "explain", []);
        if (parsed.Help)
        {
            env.Out.Write(HelpTexts.In(HelpTexts.Explain, LanguageChoice.Of(parsed, env)));
            return ExitCodes.Success;
        }

        if (parsed.Positionals.Length != 1)
        {
            throw new CliError("explain needs one rule id, like: cmplan explain unbounded-repost (cmplan rules lists them)");
        }

        var id = parsed.Positionals[0];
        if (RuleCatalog.Find(id) is null)
        {
            var suggestion = Suggestions.Closest(id, RuleCatalog.All.Select(r => r.Id), 3);
            throw new CliError($"no rule is called '{id}'" + (suggestion is null ? " (cmplan rules lists them)" : $"; did you mean '{suggestion}'?"));
        }

        env.Out.Write(Documentation(id) ?? throw new CliError($"the documentation of '{id}' is missing from this build"));
        return ExitCodes.Success;
    }

    /// <summary>The rule's Markdown page, as shipped inside the executable.</summary>
    public static string? Documentation(string id)
    {
        using var stream = typeof(ExplainCommand).Assembly.GetManifestResourceStream($"rules/{id}.md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
