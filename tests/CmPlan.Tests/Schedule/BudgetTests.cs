using System.Diagnostics;
using System.Text;
using CmPlan.Analysis;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Incremental;
using CmPlan.Analysis.Schedule;
using CmPlan.Grammar.Text;
using CmPlan.Tests.Support;
using Xunit.Abstractions;

namespace CmPlan.Tests.Schedule;

/// <summary>Contract §4 Budget: one plan-wide budget of 1,000,000 publications, no other cap, and <c>schedule-too-large</c> when it runs out.</summary>
public class BudgetTests(ITestOutputHelper output)
{
    /// <summary>Issue 13, finding 2: a post of 17,504 occurrences was cut at 10,000 in silence, in July.</summary>
    [Fact]
    public void A_long_repeat_is_expanded_whole_and_after_expiry_counts_every_late_repost()
    {
        var result = Plans.Analyze("""
            channel x

            post rappel
              on x
              at 2027-01-01 08:00
              repeat every 30min until 2027-12-31
              expires 2027-09-30
              text "Inscriptions ouvertes pour l'atelier d'automne 🍂"
            """);

        var publications = result.Schedule.Publications;
        // 1 Jan 08:00 to 31 Dec 23:30 UTC, every half hour.
        Assert.Equal(17_504, publications.Length);
        Assert.Equal("rappel x 2027-12-31T23:30:00+00:00 17503", ScheduleText.Line(publications[^1]));
        var late = Assert.Single(result.Diagnostics, d => d.Rule == RuleIds.AfterExpiry);
        // The first late repost is 1 Oct 00:00 (k = 13,088); 4,415 more follow it.
        Assert.Equal(
            "The 13088th repost (Fri 1 Oct 2027) is after this content expires (Thu 30 Sep 2027), and so are the 4415 after it: stop the reposts by the expiry.",
            late.Message);
        Assert.DoesNotContain(result.Diagnostics, d => d.Rule == RuleIds.ScheduleTooLarge);
    }

    /// <summary>
    /// Issue 13, finding 3: 100 posts × 20 channels × <c>every 1min times 99999</c> took 37 s and 2.8 GB.
    /// Now the first post alone reaches the budget (20 × 50,000 publications), and the rest is not expanded.
    /// </summary>
    [Fact]
    public void A_plan_past_the_budget_stops_with_one_error_in_bounded_time_and_memory()
    {
        var plan = new StringBuilder("plan \"Abus\"\n  timezone Europe/Paris\n\n");
        var channels = Enumerable.Range(1, 20).Select(i => $"c{i}").ToArray();
        foreach (var channel in channels)
        {
            plan.Append($"channel {channel}\n  network x\n");
        }

        for (var i = 1; i <= 100; i++)
        {
            plan.Append($"\npost p{i}\n  on {string.Join(", ", channels)}\n  at 2027-03-01 09:00\n  repeat every 1min times 99999\n  text \"Flash {i} ⚡\"\n");
        }

        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = Plans.Analyze(plan.ToString());
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var live = GC.GetTotalMemory(forceFullCollection: true);
        output.WriteLine($"analysis {clock.Elapsed.TotalSeconds:F2} s, allocated {allocated / 1_000_000} MB, live after {live / 1_000_000} MB");

        Assert.Equal(ScheduleBuilder.Budget, result.Schedule.Publications.Length);
        Assert.All(result.Schedule.Publications, p => Assert.Equal("p1", p.Post));
        var error = Assert.Single(result.Diagnostics, d => d.Rule == RuleIds.ScheduleTooLarge);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("every 1min times 99999", result.Syntax.Source[error.Span]);
        Assert.Equal(
            "The plan reaches the schedule's budget of 1,000,000 publications (each channel counts) while expanding the post 'p1': "
            + "its later publications, and everything declared after it, are not scheduled or checked. "
            + "Repeat less often or for a shorter time, or split the plan into several files.",
            error.Message);

        // Generous bounds for a shared machine; the report gives the numbers measured.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.True(live < 600_000_000, $"{live} bytes live");
    }

    [Fact]
    public void The_budget_goes_in_file_order_and_its_error_cannot_be_configured_or_suppressed()
    {
        // The queue comes first in the file: 10 slots a day for three years, 10,960 publications (2028 is a leap year), all in;
        // then the post's 500,000 occurrences on two channels pass the budget.
        var result = Plans.Analyze("""
            plan "Budget"
              timezone UTC
              start 2027-01-01
              end 2029-12-31

            policy
              rule schedule-too-large off

            channel x
            channel y

            queue flux
              on x
              slots daily 00:00 00:01 00:02 00:03 00:04 00:05 00:06 00:07 00:08 00:09
              recycle until 2029-12-31

            post f
              queue flux
              text "Fil"

            # cmplan-ignore
            post p
              on x, y
              at 2027-01-01 09:00
              repeat every 1min times 499999  # cmplan-ignore schedule-too-large
              text "Rappel"
            """);

        var error = Assert.Single(result.Diagnostics, d => d.Rule == RuleIds.ScheduleTooLarge);
        Assert.Equal("every 1min times 499999", result.Syntax.Source[error.Span]);
        Assert.Equal(10_960, result.Schedule.Publications.Count(p => p.Queue == "flux"));
        Assert.Equal(ScheduleBuilder.Budget, result.Schedule.Publications.Length);
        Assert.Contains(result.Diagnostics, d => d.Rule == RuleIds.InvalidValue);
    }

    [Fact]
    public void Exactly_the_budget_is_no_error()
    {
        // 1,000,000 publications: the first repost plus 999,999 more, one channel.
        var result = Plans.Analyze("""
            plan "Budget"
              end 2029-12-31

            channel x

            post rappel
              on x
              at 2027-01-01 00:00
              repeat every 1min times 999999
              text "Tic"
            """);

        Assert.Equal(ScheduleBuilder.Budget, result.Schedule.Publications.Length);
        Assert.DoesNotContain(result.Diagnostics, d => d.Rule == RuleIds.ScheduleTooLarge);
    }

    /// <summary>
    /// An edit that keeps the schedule keeps it, budget included, and the error moves with the text;
    /// moving a queue above the post that exhausted the budget gives the budget to the queue first.
    /// </summary>
    [Fact]
    public void An_incremental_analysis_places_the_budget_error_as_a_fresh_one_does()
    {
        var options = AnalysisOptions.Default with { Clock = Plans.DefaultNow };
        const string Post = "post p\n  on x, y\n  at 2027-01-01 09:00\n  repeat every 1min times 500000\n  text \"Rappel\"\n\n";
        const string Queue = "queue flux\n  on x\n  slots daily 09:00\n  recycle until 2027-12-31\n\npost f\n  queue flux\n  text \"Fil\"\n\n";
        var text = "plan \"Budget\"\n  timezone UTC\n  start 2027-01-01\n  end 2027-12-31\n\nchannel x\nchannel y\n\n" + Post + Queue;
        var session = new AnalysisSession(SourceText.From(text), options);

        // A comment above everything: same schedule, the error one line lower.
        var moved = session.Edit(new TextSpan(0, 0), "# Relances\n");
        var error = Assert.Single(moved.Diagnostics, d => d.Rule == RuleIds.ScheduleTooLarge);
        Assert.Equal("every 1min times 500000", moved.Syntax.Source[error.Span]);
        Assert.Equal(Describe(PlanAnalyzer.Analyze(session.Source.Text, options)), Describe(moved));
        Assert.Empty(moved.Schedule.Publications.Where(p => p.Queue == "flux"));

        // The queue moved above the post: same values, other file order, so the queue is expanded first.
        var start = session.Source.Text.IndexOf("post p", StringComparison.Ordinal);
        var reordered = session.Edit(new TextSpan(start, Post.Length + Queue.Length), Queue + Post);
        Assert.Equal(Describe(PlanAnalyzer.Analyze(session.Source.Text, options)), Describe(reordered));
        Assert.Equal(365, reordered.Schedule.Publications.Count(p => p.Queue == "flux"));
    }

    private static string Describe(AnalysisResult result) =>
        string.Join('\n', result.Diagnostics.Select(d => $"{d.Rule} {d.Span} {d.Message}"))
        + $"\n{result.Schedule.Publications.Length} {result.Schedule.Exhausted}";
}
