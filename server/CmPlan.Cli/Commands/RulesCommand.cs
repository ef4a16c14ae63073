using System.Text.Json;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Cli.Arguments;
using CmPlan.Cli.Json;
using CmPlan.Cli.Reporting;

namespace CmPlan.Cli.Commands;

/// <summary>
/// <c>cmplan rules</c>: every rule with its default severity and one-line summary; with
/// <c>--format json</c>, each rule's id, severity, title, summary and documentation, for tools
/// (the VS Code extension's Explain Rule reads it).
/// </summary>
public static class RulesCommand
{
    private static readonly OptionSpec[] Options = [OptionSpec.Value("--format")];

    public static int Run(IReadOnlyList<string> args, CliEnvironment env)
    {
        var parsed = ArgumentParser.Parse(args, "rules", Options);
        if (parsed.Help)
        {
            env.Out.Write(HelpTexts.In(HelpTexts.Rules, LanguageChoice.Of(parsed, env)));
            return ExitCodes.Success;
        }

        if (!parsed.Positionals.IsEmpty)
        {
            throw new CliError(MessageId.CliRulesNoArgument);
        }

        switch (parsed.Value("--format"))
        {
            case null or "text":
                WriteText(env.Out, Words.For(LanguageChoice.Of(parsed, env)));
                break;
            case "json":
                var language = LanguageChoice.Of(parsed, env);
                env.Out.Write(JsonText.Build(writer => WriteJson(writer, language)));
                break;
            case var other:
                throw CliError.InvalidValue("--format", other, "text", "json");
        }

        return ExitCodes.Success;
    }

    private static void WriteText(TextWriter output, Words words)
    {
        var width = RuleCatalog.All.Max(r => r.Id.Length);
        foreach (var group in RuleCatalog.All.GroupBy(r => r.IsStructural))
        {
            output.WriteLine(words.Say(group.Key ? MessageId.RulesStructural : MessageId.RulesConfigurable));
            foreach (var rule in group)
            {
                output.WriteLine($"  {rule.Id.PadRight(width)}  {SeverityNames.Of(rule.DefaultSeverity),-7}  {RuleTexts.Summary(rule, words.Language)}");
            }

            output.WriteLine();
        }

        output.WriteLine(words.Say(MessageId.RulesExplain));
    }

    /// <summary>
    /// The rules for the extension's Explain Rule (which sets <c>CMPLAN_LANG</c>): titles, summaries, links and
    /// pages in the chosen language, the English page where a translation is missing.
    /// </summary>
    private static void WriteJson(Utf8JsonWriter writer, Language language)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("rules");
        foreach (var rule in RuleCatalog.All)
        {
            writer.WriteStartObject();
            writer.WriteText("id", rule.Id);
            writer.WriteText("severity", SeverityNames.Of(rule.DefaultSeverity));
            writer.WriteBoolean("structural", rule.IsStructural);
            writer.WriteText("title", RuleTexts.Title(rule, language));
            writer.WriteText("summary", RuleTexts.Summary(rule, language));
            writer.WriteText("helpUri", rule.HelpUriIn(language).ToString());
            writer.WriteText("documentation", ExplainCommand.Documentation(rule.Id, RuleDocs.For(language)) ?? ExplainCommand.Documentation(rule.Id) ?? "");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
