using System.Globalization;
using System.Text;

namespace CmPlan.Tests.Cli;

/// <summary>
/// Issue 18: what <c>schedule</c> writes for people besides the table — the calendar's event titles
/// (iCalendar SUMMARY) and what a scheduler's CSV cannot carry (stderr) — in the run's language.
/// </summary>
public sealed class FrenchScheduleExportTests : IDisposable
{
    private const string Thin = "\u202F";

    private const string Galette = """
        plan "Boulangerie 🥐"
          timezone Europe/Paris

        channel masto
          network mastodon

        post galette
          on masto
          at 2027-01-06 08:00
          repeat every 7d times 1
          expires 2027-01-10
          text "Galette des rois 👑 #épiphanie"

        """;

    private readonly TempFolder temp = new();

    public FrenchScheduleExportTests() => temp.CopyPlan("export.cmplan", "export.cmplan");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Every_loss_of_the_publer_file_is_said_in_French()
    {
        var run = Cmd.Run(temp.Path, "schedule", "export.cmplan", "--profile", "publer", "--lang", "fr");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            $"cmplan: publer: 1 publication avec un texte différent par canal{Thin}: une ligne ne porte qu'un texte (le texte principal de la publication, sinon celui de son premier canal){Thin}; exportez un canal à la fois (--channel) pour garder le texte de chaque réseau (fête)\n"
            + $"cmplan: publer: 1 ligne pour une partie seulement des canaux du fichier, mais Publer publie chaque ligne sur tous les comptes choisis à l'import{Thin}: exportez un canal à la fois (--channel) (atelier)\n"
            + $"cmplan: publer: 2 textes alternatifs non repris{Thin}: les colonnes du modèle n'ont pas de place pour le texte alternatif (fête, ouverture)\n"
            + $"cmplan: publer: 1 fichier média local non repris{Thin}: Publer prend les médias par URL publique (fête)\n"
            + $"cmplan: publer: 1 média non repris{Thin}: une ligne ne porte que le premier média de sa publication (fête)\n"
            + "cmplan: publer: étiquettes de 1 publication non reprises (fête)\n"
            + $"cmplan: publer: statut de 2 publications non repris{Thin}: Publer programme chaque ligne, approuvée ou non (fête, atelier)\n",
            run.Error);
    }

    [Fact]
    public void Posts_past_the_five_named_are_counted_in_French()
    {
        var plan = new StringBuilder("channel masto\n  network mastodon\n");
        string[] posts = ["crêpes", "galette", "brioche", "éclair", "chouquettes", "financier"];
        for (var day = 1; day <= posts.Length; day++)
        {
            plan.Append(CultureInfo.InvariantCulture, $"\npost {posts[day - 1]}\n  on masto\n  at 2027-02-0{day} 08:00\n  text \"{posts[day - 1]} du jour 🥐\"\n  tags boulangerie\n");
        }

        temp.Write("vitrine.cmplan", plan.ToString());
        Assert.Equal(
            "cmplan: publer: étiquettes de 6 publications non reprises (crêpes, galette, brioche, éclair, chouquettes et 1 de plus)\n",
            Cmd.Run(temp.Path, "schedule", "vitrine.cmplan", "--profile", "publer", "--lang", "fr").Error);
        Assert.Equal(
            "cmplan: publer: tags of 6 posts not carried (crêpes, galette, brioche, éclair, chouquettes and 1 more)\n",
            Cmd.Run(temp.Path, "schedule", "vitrine.cmplan", "--profile", "publer").Error);
    }

    [Fact]
    public void Calendar_events_are_titled_in_French()
    {
        temp.Write("galette.cmplan", Galette);
        static string[] Summaries(CliRun run) =>
            [.. run.Out.Split("\r\n").Where(l => l.StartsWith("SUMMARY:", StringComparison.Ordinal))];

        Assert.Equal(
            ["SUMMARY:galette sur masto", "SUMMARY:galette sur masto (republication 1) — après expiration"],
            Summaries(Cmd.Run(temp.Path, "schedule", "galette.cmplan", "--format", "ics", "--lang", "fr")));
        Assert.Equal(
            ["SUMMARY:galette on masto", "SUMMARY:galette on masto (repost 1) — after expiry"],
            Summaries(Cmd.Run(temp.Path, "schedule", "galette.cmplan", "--format", "ics")));
    }
}
