using CmPlan.Analysis;
using CmPlan.Analysis.Configuration;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Tests.Cli;
using CmPlan.Tests.Support;
using NodaTime;

namespace CmPlan.Tests.Localization;

/// <summary>
/// The rules of language 1.2 (variants, media, approval) in French: each message and fix title as a
/// French user reads it, typeset (U+202F before <c>: ; ! ?</c> and inside « »), dates and durations in French.
/// </summary>
public sealed class FrenchMediaAndApprovalRulesTests : IDisposable
{
    private const char N = '\u202F';
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G'];
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private static Diagnostic Single(string plan, string rule, PlanClock? now = null, IMediaFiles? media = null, Language language = Language.French)
    {
        var options = AnalysisOptions.Default with { Clock = now ?? Plans.DefaultNow, Language = language, MediaFiles = media };
        return Assert.Single(PlanAnalyzer.Analyze(plan, options).Diagnostics, d => d.Rule == rule);
    }

    [Fact]
    public void Unused_variant_and_its_fix_are_in_French()
    {
        var plan = "channel x\n\nchannel insta\n  network instagram\n\nchannel linkedin\n\n"
            + "post soldes\n  on x, linkedin\n  at 2027-03-10 12:30\n  text \"Les soldes de printemps commencent !\"\n  text insta\n    Les soldes commencent 🌸\n    #soldes #printemps\n";
        var diagnostic = Single(plan, RuleIds.UnusedVariant);
        Assert.Equal(
            $"Cette variante est pour «{N}insta{N}», mais la publication n'y part pas (elle part sur x, linkedin){N}: personne ne la lira. Ajoutez le canal à «{N}on{N}», ou supprimez la variante.",
            diagnostic.Message);
        Assert.Equal("Supprimer la variante", Assert.Single(diagnostic.Fixes).Title);
    }

    [Fact]
    public void Unused_variant_of_a_queue_item_names_its_queue()
    {
        var plan = "channel x\n\nchannel linkedin\n\nqueue astuces\n  on x\n  start 2027-03-01\n  slots mon 09:00\n\n"
            + "post astuce-velo\n  queue astuces\n  text \"Gonflez vos pneus chaque mois 🚲\"\n  text linkedin \"Un pneu bien gonflé, c'est 20 % d'usure en moins.\"\n";
        Assert.Equal(
            $"Cette variante est pour «{N}linkedin{N}», mais la publication n'y part pas (sa file publie sur x){N}: personne ne la lira. Ajoutez le canal à «{N}on{N}», ou supprimez la variante.",
            Single(plan, RuleIds.UnusedVariant).Message);
    }

    [Fact]
    public void Missing_media_says_what_each_network_needs_in_French()
    {
        const string Channels = "channel insta\n  network instagram\n\nchannel chaine\n  network youtube\n\n";
        var image = Single(Channels + "post atelier\n  on insta\n  at 2027-03-25 12:30\n  text \"Atelier entretien samedi !\"\n", RuleIds.MissingMedia);
        Assert.Equal(
            $"Le canal «{N}insta{N}» est sur instagram, qui ne publie rien sans image ni vidéo, et cette publication n'a pas de «{N}media{N}». Ajoutez-en un, comme «{N}media visuel.jpg alt \"…\"{N}».",
            image.Message);

        var video = Single(Channels + "post tuto\n  on chaine\n  at 2027-03-25 12:30\n  media visuels/reglage-freins.png alt \"Réglage des freins\"\n  text \"Régler ses freins en 3 minutes\"\n", RuleIds.MissingMedia);
        Assert.Equal(
            $"Le canal «{N}chaine{N}» est sur youtube, qui ne publie que des vidéos, et les médias de cette publication ne sont pas des vidéos (.mp4 .mov .m4v .webm). Ajoutez-en une, comme «{N}media teaser.mp4{N}».",
            video.Message);
    }

    [Fact]
    public void Too_many_media_counts_in_French_and_names_whose_limit()
    {
        var media = string.Concat(new[] { "lavande", "romarin", "verveine", "rose", "miel" }.Select(m => $"  media {m}.jpg alt \"Savon {m}\"\n"));
        var post = "post galerie\n  on x\n  at 2027-04-02 09:00\n  text \"Les nouveautés du printemps 🌷\"\n" + media;
        Assert.Equal(
            $"Cette publication a 5 médias, et le canal «{N}x{N}» en accepte au plus 4 (la limite de x){N}: celui-ci et les suivants n'y partiraient pas. Gardez-en 4, ou scindez la publication.",
            Single("channel x\n\n" + post, RuleIds.TooManyMedia).Message);
        Assert.Equal(
            $"Cette publication a 5 médias, et le canal «{N}x{N}» en accepte au plus 2 (son max-media){N}: celui-ci et les suivants n'y partiraient pas. Gardez-en 2, ou scindez la publication.",
            Single("channel x\n  max-media 2\n\n" + post, RuleIds.TooManyMedia).Message);
    }

    [Fact]
    public void Missing_alt_is_in_French()
    {
        var plan = "channel insta\n  network instagram\n\npost atelier\n  on insta\n  at 2027-03-25 12:30\n  text \"Atelier entretien samedi !\"\n  media atelier.jpg\n";
        Assert.Equal(
            $"Cette image n'a pas de texte alternatif{N}: qui utilise un lecteur d'écran n'entendra que «{N}image{N}». Décrivez ce qu'elle montre en une phrase, comme «{N}alt \"Un vélo cargo devant l'atelier\"{N}».",
            Single(plan, RuleIds.MissingAlt).Message);
    }

    [Fact]
    public void Media_not_found_is_in_French_for_a_missing_file_and_one_out_of_the_repository()
    {
        temp.WriteBytes("plans/visuels/affiche.png", Png);
        temp.WriteBytes("voisin.png", Png);
        const string Head = "channel insta\n  network instagram\n\npost webinar\n  on insta\n  at 2027-03-10 12:30\n  text \"Webinar jeudi 18h !\"\n";
        var missing = Head + "  media visuels/afiche.png alt \"Affiche du webinar\"\n";
        Assert.Equal(
            $"Aucun fichier «{N}visuels/afiche.png{N}» à côté du plan{N}: un chemin de média part du dossier du plan. Vérifiez son orthographe et ses majuscules, ou ajoutez le fichier.",
            Single(missing, RuleIds.MediaNotFound, media: MediaFolder.ForPlan(temp.Write("plans/printemps.cmplan", missing))).Message);

        var outside = Head + "  media ../voisin.png alt \"Affiche du webinar\"\n";
        Assert.Equal(
            $"«{N}../voisin.png{N}» sort du dépôt du plan{N}: cmplan ne regarde pas hors du dépôt, et qui publiera le plan depuis le dépôt n'aura pas ce fichier. Gardez les médias dans le dépôt.",
            Single(outside, RuleIds.MediaNotFound, media: MediaFolder.ForPlan(temp.Write("plans/printemps.cmplan", outside))).Message);
    }

    /// <summary>Now: Monday 1 March 2027, 09:00 in Paris; the status on line 8.</summary>
    private static string Approval(string at, string status, string policy = "") =>
        $"plan \"P\"\n  timezone Europe/Paris\n{policy}\nchannel linkedin\n\npost lancement\n  on linkedin\n  status {status}\n  at {at}\n  text \"Notre gamme de printemps arrive !\"\n";

    private static readonly PlanClock March1 = PlanClock.AtLocal(new LocalDateTime(2027, 3, 1, 9, 0));

    [Fact]
    public void Not_approved_writes_its_dates_and_lead_in_French()
    {
        Assert.Equal(
            $"Ce contenu est encore en relecture, et sa première publication est le mer. 3 mars 2027 à 08:59, dans moins de 2 jours (nous sommes le lun. 1er mars 2027 à 09:00{N}; approval-lead 2d). Faites-le valider puis écrivez «{N}status approved{N}», ou reportez-le.",
            Single(Approval("2027-03-03 08:59", "review"), RuleIds.NotApproved, March1).Message);
        Assert.Equal(
            $"Ce contenu est encore à l'état de brouillon, et sa première publication, le ven. 26 févr. 2027 à 12:00, est déjà passée (nous sommes le lun. 1er mars 2027 à 09:00). Faites-le valider puis écrivez «{N}status approved{N}», ou reportez-le.",
            Single(Approval("2027-02-26 12:00", "draft"), RuleIds.NotApproved, March1).Message);
        Assert.Contains(
            "dans moins de 1 semaine",
            Single(Approval("2027-03-05 09:00", "review", "\npolicy\n  approval-lead 1w\n"), RuleIds.NotApproved, March1).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void English_stays_as_it_was()
    {
        Assert.Equal(
            "This post is still in review, and its first publication is Wed 3 Mar 2027 08:59, less than 2 days from now (Mon 1 Mar 2027 09:00; approval-lead 2d). Get it approved and write 'status approved', or move it later.",
            Single(Approval("2027-03-03 08:59", "review"), RuleIds.NotApproved, March1, language: Language.English).Message);
    }

    [Fact]
    public void The_cli_reports_them_in_French_with_lang_fr()
    {
        temp.Write("plans/printemps.cmplan", "channel insta\n  network instagram\n\npost atelier\n  on insta\n  at 2027-03-25 12:30\n  media atelier.jpg\n  text \"Atelier entretien samedi !\"\n");
        var run = Cmd.Run(temp.Path, "check", "plans/printemps.cmplan", "--now", "2027-02-01", "--lang", "fr");
        Assert.Contains($"plans/printemps.cmplan:7:9: error media-not-found: Aucun fichier «{N}atelier.jpg{N}» à côté du plan", run.Out, StringComparison.Ordinal);
        Assert.Contains($"plans/printemps.cmplan:7:9: warning missing-alt: Cette image n'a pas de texte alternatif{N}:", run.Out, StringComparison.Ordinal);
    }
}
