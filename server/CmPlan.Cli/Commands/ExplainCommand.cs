using CmPlan.Analysis.Diagnostics;
using CmPlan.Cli.Arguments;
using CmPlan.Grammar.Text;

namespace CmPlan.Cli.Commands;

/// <summary><c>cmplan explain &lt;rule-id&gt; [--lang fr|en]</c>: prints the rule's documentation, embedded from docs/rules (docs/rules/fr in French).</summary>
public static class ExplainCommand
{
    private static readonly OptionSpec[] Options = [OptionSpec.Value("--lang")];

    public static int Run(IReadOnlyList<string> args, CliEnvironment env)
    {
        var parsed = ArgumentParser.Parse(args, "explain", Options);
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

        var language = ParseLanguage(parsed.Value("--lang"));
        env.Out.Write(Documentation(id, language) ?? throw new CliError($"the documentation of '{id}' is missing from this build"));
        return ExitCodes.Success;
    }

    // Only the explicit option for now: the global choice (CMPLAN_LANG, LANG…) is resolved elsewhere.
    private static DocLanguage ParseLanguage(string? value) => value switch
    {
        null or "en" => DocLanguage.English,
        "fr" => DocLanguage.French,
        _ => throw new CliError($"invalid --lang '{value}': expected fr or en"),
    };

    /// <summary>The rule's Markdown page in English, as shipped inside the executable.</summary>
    public static string? Documentation(string id) => Documentation(id, DocLanguage.English);

    /// <summary>The rule's Markdown page in the given language, as shipped inside the executable.</summary>
    public static string? Documentation(string id, DocLanguage language)
    {
        using var stream = typeof(ExplainCommand).Assembly.GetManifestResourceStream(RuleDocs.ResourceName(id, language));
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
