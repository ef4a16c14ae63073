namespace CmPlan.Tests.Cli.Diff;

/// <summary><c>cmplan diff --lang fr</c>: the text and Markdown outputs in French, their counts agreeing ("1 publication ajoutée", "0 supprimée").</summary>
public sealed class FrenchDiffTests : IDisposable
{
    private const string Thin = "\u202F";

    private const string Old = """
        plan "Printemps 2027"
          timezone Europe/Paris

        channel x
          network x

        post atelier
          on x
          at 2027-03-02 09:00
          repeat every 14d times 2
          text "Atelier du 4 mars : inscrivez-vous !"

        post soldes
          on x
          at 2027-03-05 09:00
          text "Soldes d'été ☀️"

        """;

    private static readonly string New = Old.Replace("times 2", "times 3", StringComparison.Ordinal)
        .Replace("2027-03-05 09:00", "2027-03-06 10:00", StringComparison.Ordinal)
        .Replace("\"Soldes d'été ☀️\"", "\"Soldes  d’été\"", StringComparison.Ordinal);

    private readonly TempFolder temp = new();

    public FrenchDiffTests()
    {
        File.WriteAllText(Path.Combine(temp.Path, "old.cmplan"), Old);
        File.WriteAllText(Path.Combine(temp.Path, "new.cmplan"), New);
    }

    public void Dispose() => temp.Dispose();

    private CliRun Diff(params string[] options) => Cmd.Run(temp.Path, ["diff", "old.cmplan", "new.cmplan", "--now", "2027-02-01", .. options]);

    [Fact]
    public void The_text_diff_speaks_French()
    {
        var run = Diff("--lang", "fr");
        Assert.Equal("", run.Error);
        Assert.Equal(
            $"""
            new.cmplan (modifié)
              + mar. 2027-04-13 09:00 +02:00  atelier sur x, republication 3
              ~ sam. 2027-03-06 10:00 +01:00  soldes sur x, première publication, avant ven. 2027-03-05 09:00 +01:00
              texte ou lien modifié{Thin}: soldes
              apparu new.cmplan:16:15: hint whitespace: Le texte a 2 blancs d'affilée. Retirez-les{Thin}: des blancs en trop se voient comme des écarts irréguliers, ou sont coupés différemment par chaque réseau.
            1 publication ajoutée, 0 supprimée, 1 déplacée{Thin}; 1 problème apparu, 0 résolu dans 1 plan

            """,
            run.Out);
    }

    [Fact]
    public void The_text_diff_in_English_is_unchanged()
    {
        Assert.Equal(
            """
            new.cmplan (modified)
              + Tue 2027-04-13 09:00 +02:00  atelier on x, repost 3
              ~ Sat 2027-03-06 10:00 +01:00  soldes on x, first publication, was Fri 2027-03-05 09:00 +01:00
              text or link changed: soldes
              introduced new.cmplan:16:15: hint whitespace: The text has 2 blanks in a row. Remove them: stray blanks show as uneven gaps, or are trimmed differently by each network.
            1 publication added, 0 removed, 1 moved; 1 problem introduced, 0 resolved in 1 plan

            """,
            Diff().Out);
    }

    [Fact]
    public void The_markdown_diff_speaks_French()
    {
        var markdown = Diff("--lang", "fr", "--format", "markdown").Out;
        Assert.Contains("✅ **Aucune nouvelle erreur ni nouvel avertissement** · 1 publication ajoutée, 0 supprimée, 1 déplacée · 1 problème apparu, 0 résolu · 1 plan\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| canal | ajoutées | supprimées | déplacées |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| apparus | 0 | 0 | 0 | 1 |\n| résolus | 0 | 0 | 0 | 0 |\n", markdown, StringComparison.Ordinal);
        Assert.Contains($"- 💡 `whitespace` (ligne 16){Thin}: Le texte a 2 blancs", markdown, StringComparison.Ordinal);
        Assert.Contains($"<details><summary>Semaine du lun. 2027-03-01{Thin}: 1 déplacée</summary>", markdown, StringComparison.Ordinal);
        Assert.Contains("- ➕ mar. 2027-04-13 09:00 +02:00 · `atelier` sur `x`, republication 3\n", markdown, StringComparison.Ordinal);
    }
}
