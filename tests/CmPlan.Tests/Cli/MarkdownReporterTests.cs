using System.Globalization;
using System.Text;

namespace CmPlan.Tests.Cli;

/// <summary><c>check --format markdown</c> fits a pull-request comment however many problems there are, and counts what it left out.</summary>
public sealed class MarkdownReporterTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private static string ManyStrayBlanks(int posts)
    {
        var plan = new StringBuilder("plan \"Astuces\"\n  timezone Europe/Paris\n\nchannel x\n");
        for (var i = 1; i <= posts; i++)
        {
            var day = new NodaTime.LocalDate(2027, 3, 1).PlusDays(i).ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);
            plan.Append($"\npost astuce-{i}\n  on x\n  at {day} 09:00\n  text \"Astuce n°{i} : gonflez vos pneus 🚲 \"\n");
        }

        return plan.ToString();
    }

    [Fact]
    public void Two_thousand_problems_are_cut_to_65536_characters_with_the_counts_of_rows_and_files_left_out()
    {
        temp.Write("plans/a.cmplan", ManyStrayBlanks(1_000));
        temp.Write("plans/b.cmplan", ManyStrayBlanks(1_000));

        var run = Cmd.Run(temp.Path, "check", "plans", "--format", "markdown", "--now", "2027-02-01");

        Assert.Equal(0, run.ExitCode);
        Assert.InRange(run.Out.Length, 60_000, 65_536);
        Assert.StartsWith("## cmplan check\n\n✅ 2000 problems (0 errors, 0 warnings, 0 infos, 2000 hints) in 2 files.", run.Out, StringComparison.Ordinal);
        Assert.Contains("| 2 | 0 | 0 | 0 | 2000 |", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"\n- _…and \d+ more not shown_\n\n_…and 1 more file with problems not shown._\n$", run.Out);
    }
}
