using CmPlan.Analysis;
using CmPlan.Analysis.Configuration;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Tests.Cli;
using CmPlan.Tests.Support;
using static CmPlan.Tests.Support.RuleAssert;

namespace CmPlan.Tests.Rules;

public sealed class MediaNotFoundRuleTests : IDisposable
{
    private const string Rule = RuleIds.MediaNotFound;
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G'];
    private readonly TempFolder temp = new();

    /// <summary>A plan whose media are on lines 6, 7…, each source from column 9.</summary>
    private static string Plan(params string[] media) =>
        "channel insta\n  network instagram\n\npost a\n  on insta\n" + string.Concat(media.Select(m => $"  media {m} alt \"Le visuel\"\n"))
        + "  at 2027-03-25 12:30\n  text \"Atelier entretien samedi !\"\n";

    /// <summary>Analyses <paramref name="plan"/> as if read from <paramref name="relativePath"/> in the temp folder, as <c>cmplan check</c> does.</summary>
    private IReadOnlyList<string> Found(string plan, string relativePath = "plans/printemps.cmplan")
    {
        var path = temp.Write(relativePath, plan);
        var options = AnalysisOptions.Default with { Clock = Plans.DefaultNow, MediaFiles = MediaFolder.ForPlan(path) };
        var result = PlanAnalyzer.Analyze(plan, options);
        return [.. result.Diagnostics.Where(d => d.Rule == Rule).Select(d =>
        {
            var range = result.Syntax.Source.GetLineRange(d.Span);
            return $"{range.Start.Line + 1}:{range.Start.Character + 1}-{range.End.Line + 1}:{range.End.Character + 1} {d.Message}";
        })];
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Fires_on_a_path_that_names_no_file_next_to_the_plan()
    {
        temp.WriteBytes("plans/visuels/affiche.png", Png);
        var plan = Plan("visuels/affiche.png", "visuels/afiche.png", "visuels/Affiche.PNG", "\"visuels/la boutique.jpg\"", "https://example.org/absent.png");
        Assert.Equal(
        [
            "7:9-7:27 No file 'visuels/afiche.png' next to the plan: a media path is relative to the plan's folder. Check its spelling and case, or add the file.",
            "8:9-8:28 No file 'visuels/Affiche.PNG' next to the plan: a media path is relative to the plan's folder. Check its spelling and case, or add the file.",
            "9:9-9:34 No file 'visuels/la boutique.jpg' next to the plan: a media path is relative to the plan's folder. Check its spelling and case, or add the file.",
        ],
            Found(plan));
        Assert.Equal(Severity.Error, RuleCatalog.Get(Rule).DefaultSeverity);
    }

    [Fact]
    public void Not_checked_without_a_folder()
    {
        // Standard input, an unsaved buffer, a library caller: no IMediaFiles, no check.
        Silent(Plan("visuels/absent.png"), Rule);
    }

    [Fact]
    public void A_path_out_of_the_repository_is_reported_without_being_looked_at()
    {
        Directory.CreateDirectory(temp.Full("repo/.git"));
        temp.WriteBytes("repo/partage/logo.png", Png);
        temp.WriteBytes("ailleurs/secret.png", Png);
        Directory.CreateDirectory(temp.Full("repo/plans"));
        File.CreateSymbolicLink(temp.Full("repo/plans/lien.png"), temp.Full("ailleurs/secret.png"));
        var found = Found(Plan("../partage/logo.png", "../../ailleurs/secret.png", "lien.png", temp.Full("ailleurs/secret.png")), "repo/plans/printemps.cmplan");
        Assert.Equal(3, found.Count);
        Assert.All(found, f => Assert.Contains("leads out of the plan's repository: cmplan does not look there", f, StringComparison.Ordinal));
        Assert.StartsWith("7:9-7:34 '../../ailleurs/secret.png'", found[0], StringComparison.Ordinal);
        Assert.StartsWith("8:9-8:17 'lien.png'", found[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_a_repository_the_plans_folder_is_the_boundary()
    {
        temp.WriteBytes("voisin.png", Png);
        var found = Assert.Single(Found(Plan("../voisin.png"), "plans/printemps.cmplan"));
        Assert.Contains("leads out of the plan's repository", found, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cli_checks_paths_relative_to_the_plan()
    {
        temp.WriteBytes("plans/visuels/affiche.png", Png);
        temp.Write("plans/printemps.cmplan", Plan("visuels/affiche.png", "visuels/absente.png"));
        var run = Cmd.Run(temp.Path, "check", "plans/printemps.cmplan", "--now", "2027-02-01");
        Assert.Contains("plans/printemps.cmplan:7:9: error media-not-found: No file 'visuels/absente.png' next to the plan", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("affiche.png", run.Out, StringComparison.Ordinal);
    }
}
