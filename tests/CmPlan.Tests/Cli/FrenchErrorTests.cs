using System.Text;
using System.Text.Json;
using CmPlan.Analysis.Ide.Hover;
using CmPlan.Analysis.Localization;

namespace CmPlan.Tests.Cli;

/// <summary>
/// Usage errors and unreadable inputs speak the run's language (<c>--lang</c>, else the environment),
/// even when they come before the command read its options; documentation links follow it too.
/// </summary>
public class FrenchErrorTests : IDisposable
{
    private const string Thin = "\u202F";

    private const string Plan = "channel x\n  network x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  text \"Bonjour !\"\n";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private CliRun Run(IReadOnlyDictionary<string, string> variables, params string[] args) =>
        Cmd.RunWithEnvironment(temp.Path, Encoding.UTF8.GetBytes(Plan), variables, args);

    private static Dictionary<string, string> French => new() { ["LANG"] = "fr_FR.UTF-8" };

    private static Dictionary<string, string> None => [];

    [Fact]
    public void An_invalid_option_value_is_said_in_French_with_the_values_it_takes()
    {
        Run(None, "check", "-", "--lang", "fr", "--format", "xml")
            .AssertUsageError($"cmplan: valeur invalide pour --format{Thin}: «{Thin}xml{Thin}»{Thin}; il faut text, json, sarif, github, markdown ou gitlab\n");
        Run(None, "check", "-", "--format", "xml")
            .AssertUsageError("cmplan: invalid --format 'xml': expected text, json, sarif, github, markdown or gitlab\n");
    }

    [Fact]
    public void Errors_before_the_command_speak_the_environments_language()
    {
        Run(French, "frob").AssertUsageError($"cmplan: commande inconnue{Thin}: «{Thin}frob{Thin}» (essayez cmplan --help)\n");
        Run(French, "check", "-", "--max-warnings").AssertUsageError($"cmplan: l'option «{Thin}--max-warnings{Thin}» attend une valeur\n");
        Run(None, "frob").AssertUsageError("cmplan: unknown command 'frob' (try cmplan --help)\n");
    }

    [Fact]
    public void An_invalid_lang_is_said_in_the_environments_language()
    {
        Run(new Dictionary<string, string> { ["CMPLAN_LANG"] = "fr" }, "check", "-", "--lang", "de")
            .AssertUsageError($"cmplan: valeur invalide pour --lang{Thin}: «{Thin}de{Thin}»{Thin}; il faut fr ou en\n");
    }

    [Fact]
    public void A_missing_file_and_a_typo_in_a_rule_id_are_said_in_French()
    {
        Run(None, "check", "absent.cmplan", "--lang", "fr").AssertUsageError($"cmplan: absent.cmplan{Thin}: aucun fichier ni dossier de ce nom\n");
        Run(French, "explain", "unbounded-repot")
            .AssertUsageError($"cmplan: aucune règle ne s'appelle «{Thin}unbounded-repot{Thin}»{Thin}; vouliez-vous dire «{Thin}unbounded-repost{Thin}»{Thin}?\n");
        Run(French, "schedule", "-", "--from", "2027-05-01", "--to", "2027-04-01")
            .AssertUsageError($"cmplan: --from 2027-05-01 tombe après --to 2027-04-01{Thin}: aucun jour entre les deux\n");
    }

    [Fact]
    public void A_broken_configuration_is_said_in_French()
    {
        File.WriteAllText(Path.Combine(temp.Path, "cmplan.json"), "{\"policy\": {\"minInterval\": \"0d\"}}");
        Run(French, "check", "-").AssertUsageError(
            $"cmplan: cmplan.json:1:28: «{Thin}minInterval{Thin}» n'est pas une durée valide{Thin}: «{Thin}0d{Thin}» (il faut un nombre entier non nul et une unité min, h, d, w ou mo, comme \"7d\")\n");
    }

    [Fact]
    public void Schedule_warns_in_French_that_errors_may_leave_it_incomplete()
    {
        var run = Cmd.RunWithEnvironment(temp.Path, Encoding.UTF8.GetBytes(Plan.Replace("2027-03-02 09:00", "2027-02-30 09:00", StringComparison.Ordinal)), French, "schedule", "-");
        Assert.StartsWith($"cmplan: <stdin> a 1 erreur{Thin}: le calendrier peut être incomplet (voir cmplan check)\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_links_the_french_documentation_when_french_is_chosen()
    {
        static string HelpUri(CliRun run) => JsonDocument.Parse(run.Out).RootElement.GetProperty("runs")[0]
            .GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .First(r => r.GetProperty("id").GetString() == "unbounded-repost").GetProperty("helpUri").GetString()!;

        Assert.EndsWith("/docs/rules/fr/unbounded-repost.md", HelpUri(Run(None, "check", "-", "--lang", "fr", "--format", "sarif")), StringComparison.Ordinal);
        Assert.EndsWith("/docs/rules/unbounded-repost.md", HelpUri(Run(None, "check", "-", "--format", "sarif")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_rules_json_for_explain_rule_is_in_the_language_the_extension_asks_for()
    {
        static JsonElement Rule(CliRun run) => JsonDocument.Parse(run.Out).RootElement.GetProperty("rules").EnumerateArray()
            .First(r => r.GetProperty("id").GetString() == "unbounded-repost").Clone();

        var french = Rule(Run(new Dictionary<string, string> { ["CMPLAN_LANG"] = "fr" }, "rules", "--format", "json"));
        Assert.Equal("Republication sans fin", french.GetProperty("title").GetString());
        Assert.EndsWith("/docs/rules/fr/unbounded-repost.md", french.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("# unbounded-repost\n\n[English](../unbounded-repost.md) · Français", french.GetProperty("documentation").GetString(), StringComparison.Ordinal);

        var english = Rule(Run(None, "rules", "--format", "json"));
        Assert.StartsWith("# unbounded-repost\n\nEnglish · [Français]", english.GetProperty("documentation").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/docs/rules/unbounded-repost.md", english.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_hovers_documentation_link_follows_the_language()
    {
        Assert.EndsWith("/docs/rules/fr/unbounded-repost.md)", HoverService.RuleSection("unbounded-repost", Words.French), StringComparison.Ordinal);
        Assert.EndsWith("/docs/rules/unbounded-repost.md)", HoverService.RuleSection("unbounded-repost", Words.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Jobs_and_export_profiles_are_refused_in_French()
    {
        Run(None, "check", "-", "--jobs", "0", "--lang", "fr")
            .AssertUsageError($"cmplan: valeur invalide pour --jobs{Thin}: «{Thin}0{Thin}»{Thin}; il faut un nombre entier, 1 ou plus\n");
        Run(new Dictionary<string, string> { ["CMPLAN_LANG"] = "fr", ["CMPLAN_JOBS"] = "beaucoup" }, "check", "-")
            .AssertUsageError($"cmplan: valeur invalide pour CMPLAN_JOBS{Thin}: «{Thin}beaucoup{Thin}»{Thin}; il faut un nombre entier, 1 ou plus\n");
        Run(French, "schedule", "-", "--profile", "buffer")
            .AssertUsageError($"cmplan: valeur invalide pour --profile{Thin}: «{Thin}buffer{Thin}»{Thin}; il faut publer\n");
        Run(French, "schedule", "-", "--profile", "agorapulse").AssertUsageError(
            $"cmplan: --profile agorapulse n'est pas disponible{Thin}: la partie lisible de la page d'aide d'Agorapulse ne nomme aucune colonne de date (voir docs/export.md){Thin}; utilisez --profile publer ou simplement --format csv\n");
        Run(French, "schedule", "-", "--profile", "publer", "--format", "ics")
            .AssertUsageError($"cmplan: --profile publer écrit un fichier CSV{Thin}: il va avec --format csv, pas --format ics\n");
        Run(None, "schedule", "-", "--profile", "publer", "--format", "ics")
            .AssertUsageError("cmplan: --profile publer writes a CSV file: it goes with --format csv, not --format ics\n");
    }

    [Fact]
    public void A_plan_that_is_not_utf8_is_not_formatted_and_says_so_in_French()
    {
        temp.WriteBytes("mauvais.cmplan", [.. Encoding.UTF8.GetBytes("post a\n  text \""), 0xFF, .. Encoding.UTF8.GetBytes("\"\n")]);
        var run = Cmd.Run(temp.Path, "format", "mauvais.cmplan", "--lang", "fr");
        Assert.Equal((1, $"cmplan: mauvais.cmplan: non mis en forme{Thin}: UTF-8 invalide à l'octet 15\n"), (run.ExitCode, run.Error));
    }
}
