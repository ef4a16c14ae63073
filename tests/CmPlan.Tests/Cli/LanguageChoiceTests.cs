using System.Text;

namespace CmPlan.Tests.Cli;

/// <summary>
/// <c>--lang</c>, else <c>CMPLAN_LANG</c>, else the locale (<c>LC_ALL</c>, <c>LC_MESSAGES</c>, <c>LANG</c>),
/// else English; the choice reaches the diagnostics, the summary and SARIF.
/// </summary>
public class LanguageChoiceTests
{
    private const string Thin = "\u202F";

    private const string Clean = "channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  text \"Bonjour !\"\n";

    private const string Misspelt = "channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  texte \"Bonjour !\"\n  text \"Bonjour !\"\n";

    private static readonly string Here = Path.GetTempPath();

    private static CliRun Check(string plan, IReadOnlyDictionary<string, string> variables, params string[] options) =>
        Cmd.RunWithEnvironment(Here, Encoding.UTF8.GetBytes(plan), variables, ["check", "-", "--now", "2027-01-01T00:00", .. options]);

    private static Dictionary<string, string> Env(params (string Name, string Value)[] variables) =>
        variables.ToDictionary(v => v.Name, v => v.Value);

    [Fact]
    public void English_by_default()
    {
        var run = Check(Clean, Env());
        Assert.Equal("No problems in 1 file\nConfiguration: none (built-in defaults)\n", run.Out);
    }

    [Fact]
    public void Lang_fr_writes_the_summary_in_French()
    {
        var run = Check(Clean, Env(), "--lang", "fr");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"Aucun problème dans 1 fichier\nConfiguration{Thin}: aucune (réglages par défaut)\n", run.Out);
    }

    [Fact]
    public void Lang_fr_writes_diagnostics_in_French()
    {
        var run = Check(Misspelt, Env(), "--lang=fr");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(
            $"error unknown-property: «{Thin}texte{Thin}» n'est pas une propriété d'un bloc post. Vouliez-vous dire «{Thin}text{Thin}»{Thin}? "
            + $"Propriétés connues{Thin}: on, at, queue,",
            run.Out,
            StringComparison.Ordinal);
        Assert.Contains("1 problème (1 erreur, 0 avertissement, 0 information, 0 suggestion) dans 1 fichier\n", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CMPLAN_LANG", "fr")]
    [InlineData("LANG", "fr_FR.UTF-8")]
    [InlineData("LC_MESSAGES", "fr_CA.UTF-8")]
    [InlineData("LC_ALL", "fr_BE")]
    public void The_environment_can_choose_French(string name, string value) =>
        Assert.StartsWith("Aucun problème", Check(Clean, Env((name, value))).Out, StringComparison.Ordinal);

    [Fact]
    public void Lang_wins_over_the_environment() =>
        Assert.StartsWith("No problems", Check(Clean, Env(("CMPLAN_LANG", "fr"), ("LANG", "fr_FR.UTF-8")), "--lang", "en").Out, StringComparison.Ordinal);

    [Fact]
    public void CMPLAN_LANG_wins_over_the_locale() =>
        Assert.StartsWith("No problems", Check(Clean, Env(("CMPLAN_LANG", "en"), ("LANG", "fr_FR.UTF-8"))).Out, StringComparison.Ordinal);

    [Fact]
    public void LC_ALL_wins_over_LANG_as_POSIX_says() =>
        Assert.StartsWith("No problems", Check(Clean, Env(("LC_ALL", "C.UTF-8"), ("LANG", "fr_FR.UTF-8"))).Out, StringComparison.Ordinal);

    [Fact]
    public void An_empty_variable_is_unset() =>
        Assert.StartsWith("Aucun problème", Check(Clean, Env(("LC_ALL", ""), ("LANG", "fr_FR.UTF-8"))).Out, StringComparison.Ordinal);

    [Fact]
    public void An_unknown_lang_is_a_usage_error() =>
        Check(Clean, Env(), "--lang", "de").AssertUsageError("invalid --lang 'de': expected fr or en");

    [Theory]
    [InlineData("check")]
    [InlineData("schedule")]
    [InlineData("diff")]
    [InlineData("format")]
    [InlineData("fix")]
    [InlineData("rules")]
    [InlineData("explain")]
    [InlineData("lsp")]
    public void Help_is_in_French_when_French_is_chosen(string command)
    {
        var french = Cmd.RunWithEnvironment(Here, [], Env(("LANG", "fr_FR.UTF-8")), command, "--help");
        Assert.Equal(0, french.ExitCode);
        Assert.StartsWith($"Usage{Thin}: cmplan {command}", french.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("show this help", french.Out, StringComparison.Ordinal);
        Assert.StartsWith($"Usage: cmplan {command}", Cmd.RunWithEnvironment(Here, [], Env(), command, "--help", "--lang", "en").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_top_level_help_is_in_French_too()
    {
        var french = Cmd.RunWithEnvironment(Here, [], Env(), "--help", "--lang=fr").Out;
        Assert.Contains($"Commandes{Thin}:", french, StringComparison.Ordinal);
        Assert.Contains("Chaque commande accepte --lang fr|en", french, StringComparison.Ordinal);
        Assert.Contains("Every command takes --lang fr|en", Cmd.Run(Here, "--help").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_reports_in_French()
    {
        using var folder = new TempFolder();
        folder.Write("plan.cmplan", Clean.Replace("  ", "    ", StringComparison.Ordinal));
        folder.Write("propre.cmplan", Clean);
        var check = Cmd.RunWithEnvironment(folder.Path, [], Env(("CMPLAN_LANG", "fr")), "format", ".", "--check");
        Assert.Equal($"À reformater{Thin}: plan.cmplan\n1 fichier serait reformaté, 1 fichier déjà en forme\n", check.Out);
        var written = Cmd.RunWithEnvironment(folder.Path, [], Env(("CMPLAN_LANG", "fr")), "format", ".");
        Assert.Equal("1 fichier reformaté, 1 fichier inchangé\n", written.Out);
    }

    [Fact]
    public void The_schedule_table_is_in_French()
    {
        var plan = "plan \"P\"\n  timezone Europe/Paris\n\nchannel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  repeat every 7d times 1\n  text \"Bonjour !\"\n";
        var run = Cmd.RunWithEnvironment(Here, Encoding.UTF8.GetBytes(plan), Env(("LANG", "fr_FR.UTF-8")), "schedule", "-", "--now", "2027-01-01");
        Assert.Equal(
            "DATE             HEURE  DÉCALAGE  PUBLICATION  CANAL  REPUBLICATION\n"
            + "mar. 2027-03-02  09:00  +01:00    a            x      0\n"
            + "mar. 2027-03-09  09:00  +01:00    a            x      1\n"
            + "2 publications dans le fuseau Europe/Paris\n",
            run.Out);
    }

    [Fact]
    public void Rules_are_listed_in_French()
    {
        var french = Cmd.RunWithEnvironment(Here, [], Env(("CMPLAN_LANG", "fr")), "rules").Out;
        Assert.StartsWith($"Configurables{Thin}:\n  unbounded-repost      error    Un repeat ou un recycle de file n'a ni times ni until{Thin}: il ne s'arrête jamais.\n", french, StringComparison.Ordinal);
        Assert.EndsWith("cmplan explain <règle> affiche la documentation d'une règle.\n", french, StringComparison.Ordinal);
    }

    [Fact]
    public void The_language_server_takes_lang_too() =>
        Cmd.Run(Here, "lsp", "--stdio", "--lang", "de").AssertUsageError("invalid --lang 'de': expected fr or en");

    [Theory]
    [InlineData("schedule")]
    [InlineData("format")]
    [InlineData("rules")]
    public void Every_command_takes_lang(string command)
    {
        var run = Cmd.RunWithEnvironment(Here, Encoding.UTF8.GetBytes(Clean), Env(), command == "rules" ? [command, "--lang", "fr"] : [command, "-", "--lang", "fr"]);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Sarif_names_its_language_when_it_is_not_English()
    {
        var french = Check(Misspelt, Env(), "--lang", "fr", "--format", "sarif").Out;
        Assert.Contains("\"language\": \"fr\"", french, StringComparison.Ordinal);
        Assert.Contains("n'est pas une propriété d'un bloc post", french, StringComparison.Ordinal);
        SarifValidator.AssertValid(french);
        Assert.Contains("\"text\": \"Un repeat ou un recycle de file n'a ni times ni until", french, StringComparison.Ordinal);
        var english = Check(Misspelt, Env(), "--format", "sarif").Out;
        Assert.DoesNotContain("\"language\"", english, StringComparison.Ordinal);
    }

    [Fact]
    public void The_markdown_job_summary_is_in_French()
    {
        var markdown = Check(Misspelt, Env(), "--lang", "fr", "--format", "markdown").Out;
        Assert.Contains("❌ 1 problème (1 erreur, 0 avertissement, 0 information, 0 suggestion) dans 1 fichier.", markdown, StringComparison.Ordinal);
        Assert.Contains("| fichiers | erreurs | avertissements | informations | suggestions |", markdown, StringComparison.Ordinal);
        Assert.Contains("### `<stdin>`: 1 erreur\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| ligne | sévérité | règle | message |", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("github")]
    public void Machine_formats_carry_French_messages(string format) =>
        Assert.Contains("n'est pas une propriété d'un bloc post", Check(Misspelt, Env(), "--lang", "fr", "--format", format).Out, StringComparison.Ordinal);

    [Fact]
    public void Fix_reports_in_French()
    {
        using var folder = new TempFolder();
        folder.Write("plan.cmplan", Misspelt.Replace("  text \"Bonjour !\"\n", string.Empty, StringComparison.Ordinal).Replace("texte", "txet", StringComparison.Ordinal));
        var run = Cmd.RunWithEnvironment(folder.Path, [], Env(("CMPLAN_LANG", "fr")), "fix", "plan.cmplan", "--now", "2027-01-01T00:00");
        Assert.Equal("plan.cmplan:6:3: unknown-property: Écrire «\u202Ftext\u202F»\n"
            + $"1 correction appliquée dans 1 fichier{Thin}; 0 erreur reste.\n", run.Out);
    }
}
