using CmPlan.Cli.Reporting;

namespace CmPlan.Tests.Cli;

public class SarifValidationTests
{
    [Fact]
    public void Synthetic_report_with_fixes_and_related_locations_is_valid()
    {
        var files = SyntheticReport.Files();
        using var output = new StringWriter { NewLine = "\n" };
        new SarifReporter().Write(files, CheckSummary.From(files), output);
        SarifValidator.AssertValid(output.ToString());
    }

    [Fact]
    public void Check_output_of_real_plans_is_valid()
    {
        using var temp = new TempFolder();
        foreach (var plan in new[] { "spring", "broken", "emoji", "warnings" })
        {
            temp.CopyPlan($"{plan}.cmplan", $"work/plans/{plan}.cmplan");
        }

        temp.CopyPlan("clean.cmplan", "outside/clean plan.cmplan");
        var run = Cmd.Run(temp.Full("work"), "check", "plans", "../outside", "--format", "sarif", "--now", "2027-02-15");
        Assert.Equal("", run.Error);
        Assert.Contains("\"ruleId\"", run.Out, StringComparison.Ordinal);
        SarifValidator.AssertValid(run.Out);
    }
}
