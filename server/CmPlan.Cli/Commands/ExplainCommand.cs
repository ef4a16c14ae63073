using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Cli.Arguments;
using CmPlan.Grammar.Text;

namespace CmPlan.Cli.Commands;

/// <summary><c>cmplan explain &lt;rule-id&gt; [--lang fr|en]</c>: prints the rule's documentation in the run's language (<see cref="LanguageChoice"/>), embedded from docs/rules (docs/rules/fr in French).</summary>
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
            throw new CliError(MessageId.CliExplainNeedsRule, ("example", RuleIds.UnboundedRepost));
        }

        var id = parsed.Positionals[0];
        if (RuleCatalog.Find(id) is null)
        {
            var suggestion = Suggestions.Closest(id, RuleCatalog.All.Select(r => r.Id), 3);
            throw new CliError(words => words.Say(MessageId.CliNoSuchRule, ("id", id), ("more", suggestion is null ? words.Say(MessageId.CliRulesListThem) : words.Say(MessageId.CliDidYouMeanRule, ("suggestion", suggestion)))));
        }

        env.Out.Write(Documentation(id, RuleDocs.For(LanguageChoice.Of(parsed, env))) ?? throw new CliError(MessageId.CliDocMissing, ("id", id)));
        return ExitCodes.Success;
    }

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
