namespace CmPlan.Tests.Cli.Diff;

/// <summary>The markdown diff fits a pull-request comment however large the change, and says what it left out.</summary>
public sealed class DiffMarkdownLimitTests : IDisposable
{
    private readonly GitRepo repo = new();

    public void Dispose() => repo.Dispose();

    private static string Daily(string at) => $"""
        plan "Tous les jours"
          timezone Europe/Paris
          end 2027-12-31

        channel x

        channel bluesky

        channel mastodon

        post quotidien
          on x, bluesky, mastodon
          at {at}
          repeat every 1d until 2027-12-31
          text "Le conseil du jour 🌿 #jardinage"

        """;

    [Fact]
    public void A_thousand_moved_publications_are_cut_to_fit_65536_characters_with_a_count_of_the_rest()
    {
        repo.Write("quotidien.cmplan", Daily("2027-01-01 08:00")).Commit("daily");
        repo.Write("quotidien.cmplan", Daily("2027-01-01 08:30"));

        var run = repo.Cmplan("diff", "--base", "HEAD", "--format", "markdown", "--now", "2026-12-01");

        Assert.Equal(0, run.ExitCode);
        Assert.InRange(run.Out.Length, 60_000, 65_536);
        Assert.Contains("| `x` | 0 | 0 | 365 |", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"- _…and \d+ more not shown_\n\n</details>\n_…and \d+ more weeks \(\d+ changes\) not shown._\n$", run.Out);
        Assert.Equal(
            run.Out.Split("<details>").Length - 1,
            run.Out.Split("</details>").Length - 1);
    }
}
