using CmPlan.Analysis;
using CmPlan.Analysis.Configuration;
using CmPlan.Analysis.Ide.Hover;
using CmPlan.Analysis.Ide.InlayHints;
using CmPlan.Analysis.Localization;
using CmPlan.Grammar.Text;
using NodaTime;

namespace CmPlan.Tests.Ide;

/// <summary>Hover on moments and durations, and inlay hints, in the analysis' language.</summary>
public class FrenchEditorTextTests
{
    private const string Plan =
        "plan \"Printemps\"\n  timezone Europe/Paris\n  start 2027-03-01\n\nchannel x\n\n"
        + "post atelier\n  on x\n  at 2027-03-10 09:30\n  repeat every 7d times 3\n  expires 2027-04-30\n  text \"Atelier céramique 🎨\"\n";

    private static AnalysisResult Analyze(Language language) =>
        PlanAnalyzer.Analyze(Plan, new AnalysisOptions(PlanClock.AtLocal(new LocalDateTime(2027, 3, 7, 9, 30)), ConfigFile.Empty) { Language = language });

    private static string HoverAt(AnalysisResult result, string text, int into = 1) =>
        HoverService.Hover(result, Plan.IndexOf(text, StringComparison.Ordinal) + into)!.Markdown;

    [Fact]
    public void A_date_time_is_hovered_in_French()
    {
        Assert.Equal("**mer. 10 mars 2027 à 09:30** · Europe/Paris, UTC+01:00 · dans 3 jours", HoverAt(Analyze(Language.French), "2027-03-10"));
        Assert.Equal("**Wed 10 Mar 2027 09:30** · Europe/Paris, UTC+01:00 · in 3 days", HoverAt(Analyze(Language.English), "2027-03-10"));
    }

    [Fact]
    public void A_date_and_a_duration_are_hovered_in_French()
    {
        var french = Analyze(Language.French);
        Assert.Equal("**ven. 30 avr. 2027** (jusqu'à la fin de la journée) · Europe/Paris, UTC+02:00 · dans 7 semaines", HoverAt(french, "2027-04-30"));
        Assert.Equal("**lun. 1er mars 2027** (à partir de 00:00) · Europe/Paris, UTC+01:00 · il y a 6 jours", HoverAt(french, "2027-03-01"));
        Assert.Equal("**7 jours** (`7d`)", HoverAt(french, "7d", 0));
    }

    [Fact]
    public void Inlay_hints_count_in_French()
    {
        var hint = Assert.Single(InlayHintService.Hints(Analyze(Language.French), new TextSpan(0, Plan.Length)));
        Assert.Equal("→ 4 publications, dernière le mer. 31 mars", hint.Label);
        Assert.Equal("→ 4 publications, last Wed 31 Mar", Assert.Single(InlayHintService.Hints(Analyze(Language.English), new TextSpan(0, Plan.Length))).Label);
    }

    [Fact]
    public void Keywords_are_explained_in_French_with_the_same_example()
    {
        var hover = HoverAt(Analyze(Language.French), "expires");
        Assert.StartsWith("**expires** (post)\n\nLe contenu n'est plus valable après cette date (fin de journée)", hover, StringComparison.Ordinal);
        Assert.EndsWith("```cmplan\nexpires 2027-03-25\n```", hover, StringComparison.Ordinal);
        Assert.Contains("Par défaut\u202F: UTC.", HoverAt(Analyze(Language.French), "timezone"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_keyword_text_has_a_French_summary()
    {
        foreach (var (block, key) in HoverTexts.Keys())
        {
            var english = key is null ? HoverTexts.Block(block) : HoverTexts.Property(block, key)!;
            var french = key is null ? HoverTexts.Block(block, Language.French) : HoverTexts.Property(block, key, Language.French)!;
            Assert.NotEqual(english.Summary, french.Summary);
            Assert.Equal(english.Example, french.Example);
        }
    }

    [Fact]
    public void A_post_and_a_channel_are_described_in_French()
    {
        var french = Analyze(Language.French);
        Assert.Equal(
            "**publication `atelier`** — 4 publications sur `x`\u202F; expire le ven. 30 avr. 2027\n"
            + "\n1. mer. 10 mars 2027 à 09:30\n2. mer. 17 mars 2027 à 09:30 — republication 1"
            + "\n3. mer. 24 mars 2027 à 09:30 — republication 2\n4. mer. 31 mars 2027 à 09:30 — republication 3",
            HoverAt(french, "post atelier", 6));
        Assert.StartsWith(
            "**canal `x`** — réseau x\n\nLimite\u202F: 280 (celle du réseau), comptée comme X\u202F:",
            HoverAt(french, "on x", 3),
            StringComparison.Ordinal);
        Assert.EndsWith("Cette publication compte 20 sur 280.", HoverAt(french, "on x", 3), StringComparison.Ordinal);
    }

    [Fact]
    public void A_diagnostic_hover_names_its_rule_in_French()
    {
        var french = PlanAnalyzer.Analyze(Plan.Replace("  text ", "  texte ", StringComparison.Ordinal), new AnalysisOptions(PlanClock.AtLocal(new LocalDateTime(2027, 3, 7, 9, 30)), ConfigFile.Empty) { Language = Language.French });
        var hover = HoverService.Hover(french, Plan.IndexOf("  text ", StringComparison.Ordinal) + 3)!.Markdown;
        Assert.Contains("**Propriété inconnue** · `unknown-property`\n\nUn bloc a une propriété que le langage ne lui définit pas.\n\n[Documentation de unknown-property](", hover, StringComparison.Ordinal);
    }

    [Fact]
    public void Completion_details_are_in_French()
    {
        var text = Plan + "\n";
        var result = PlanAnalyzer.Analyze(text, new AnalysisOptions(PlanClock.AtLocal(new LocalDateTime(2027, 3, 7, 9, 30)), ConfigFile.Empty) { Language = Language.French });
        var items = CmPlan.Analysis.Ide.Completion.PlanCompletion.Complete(result, text.Length);
        Assert.Equal("un contenu", Assert.Single(items, i => i.Label == "post").Detail);
        Assert.Equal("un compte sur un réseau", Assert.Single(items, i => i.Label == "channel").Detail);
    }

    [Fact]
    public void Variant_status_and_media_completions_are_described_in_French()
    {
        using var temp = new CmPlan.Tests.Cli.TempFolder();
        temp.WriteBytes("plans/visuels/affiche.png", [0]);
        temp.WriteBytes("plans/visuels/teaser.mp4", [0]);
        const string Channels = "channel x\n\nchannel insta\n  network instagram\n\n";
        string[] Details(string plan)
        {
            var text = plan.Replace("|", "", StringComparison.Ordinal);
            var result = PlanAnalyzer.Analyze(text, new AnalysisOptions(PlanClock.AtLocal(new LocalDateTime(2027, 3, 7, 9, 30)), ConfigFile.Empty) { Language = Language.French });
            var media = CmPlan.Analysis.Configuration.MediaFolder.ForPlan(temp.Write("plans/printemps.cmplan", text));
            return [.. CmPlan.Analysis.Ide.Completion.PlanCompletion.Complete(result, plan.IndexOf('|', StringComparison.Ordinal), media).Select(i => $"{i.Label} ({i.Detail})")];
        }

        Assert.Equal(["x (variante\u202F: le texte propre à ce canal)", "insta (variante\u202F: le texte propre à ce canal)"], Details(Channels + "post a\n  text |\n"));
        Assert.Equal(["draft (statut de validation)", "review (statut de validation)", "approved (statut de validation)"], Details(Channels + "post a\n  status |\n"));
        Assert.Equal(["visuels/affiche.png (image)", "visuels/teaser.mp4 (vidéo)"], Details(Channels + "post a\n  on x\n  media |\n  text \"Bonjour\"\n"));
    }

    [Fact]
    public void The_keywords_of_language_1_2_are_explained_in_French()
    {
        const string Plan12 = "policy\n  approval-lead 2d\n\nchannel x\n  max-media 4\n\npost a\n  on x\n  at 2027-03-10 09:30\n  status review\n  media affiche.png alt \"Affiche\"\n  text \"Bonjour\"\n";
        var result = PlanAnalyzer.Analyze(Plan12, new AnalysisOptions(PlanClock.AtLocal(new LocalDateTime(2027, 3, 1, 9, 0)), ConfigFile.Empty) { Language = Language.French });
        string Hover(string word) => HoverService.Hover(result, Plan12.IndexOf(word, StringComparison.Ordinal) + word.Length - word.TrimStart().Length + 1)!.Markdown;
        Assert.StartsWith("**approval-lead** (policy)\n\nCombien de temps avant sa première publication", Hover("approval-lead"), StringComparison.Ordinal);
        Assert.StartsWith("**max-media** (channel)\n\nLe nombre maximal de médias par publication", Hover("max-media"), StringComparison.Ordinal);
        Assert.StartsWith("**status** (post)\n\nOù en est le contenu dans la validation de l'équipe\u202F: draft (brouillon)", Hover("status"), StringComparison.Ordinal);
        Assert.Contains("**media** (post)\n\nUne image ou une vidéo publiée avec chaque publication du contenu", Hover("\n  media"), StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_times_read_as_a_French_speaker_says_them()
    {
        var today = new LocalDate(2027, 3, 10);
        Assert.Equal("aujourd'hui", RelativeTime.Days(today, today, Words.French));
        Assert.Equal("demain", RelativeTime.Days(today, today.PlusDays(1), Words.French));
        Assert.Equal("hier", RelativeTime.Days(today, today.PlusDays(-1), Words.French));
        Assert.Equal("il y a 2 semaines", RelativeTime.Days(today, today.PlusDays(-15), Words.French));
        Assert.Equal("dans 2 ans", RelativeTime.Days(today, today.PlusDays(800), Words.French));
    }
}
