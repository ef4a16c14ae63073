using CmPlan.Analysis.Ide.Completion;
using CmPlan.Grammar.Text;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Ide;

public class CompletionTests
{
    private const string Channels =
        "channel x\n" +
        "  slots weekdays 09:00 18:00\n" +
        "  slots tue 07:30\n" +
        "\n" +
        "channel insta\n" +
        "  network instagram\n" +
        "  slots daily 12:00 09:00\n" +
        "\n" +
        "channel linkedin\n" +
        "\n" +
        "queue tips\n" +
        "  on x\n" +
        "  slots daily 08:00\n" +
        "  start 2027-03-01\n" +
        "\n";

    /// <summary>Completes at the <c>|</c> in <paramref name="plan"/>, which is removed first.</summary>
    private static IReadOnlyList<CompletionItem> Complete(string plan)
    {
        var offset = plan.IndexOf('|', StringComparison.Ordinal);
        var result = Plans.Analyze(plan.Remove(offset, 1));
        return PlanCompletion.Complete(result, offset);
    }

    private static string[] Labels(string plan) => [.. Complete(plan).Select(i => i.Label)];

    [Fact]
    public void Block_keywords_at_column_zero_without_a_second_plan_or_policy()
    {
        Assert.Equal(["plan", "policy", "channel", "queue", "post"], Labels("|"));
        Assert.Equal(["policy", "channel", "queue", "post"], Labels("plan \"P\"\n\n|"));
        var item = Assert.Single(Complete("plan \"P\"\n\nch|"));
        Assert.Equal(new CompletionItem("channel", CompletionKind.Keyword, "an account on a network", "channel ", new TextSpan(10, 2)), item);
    }

    [Fact]
    public void Properties_valid_in_the_block_and_not_yet_used()
    {
        Assert.Equal(["queue", "repeat", "expires", "text", "link", "media", "status", "tags"], Labels(Channels + "post a\n  on x\n  at 2027-03-02 09:00\n  |\n"));
        Assert.Equal(["network", "limit", "slots", "max-media"], Labels("channel x\n  |"));
        Assert.Equal(["limit", "slots", "max-media"], Labels("channel x\n  network x\n  |"));
        Assert.Equal(["rule"], Labels("policy\n  rule whitespace off\n  r|"));
        var item = Assert.Single(Complete("post a\n  ex|"));
        Assert.Equal(new CompletionItem("expires", CompletionKind.Property, "post property", "expires ", new TextSpan(9, 2)), item);
    }

    [Fact]
    public void Text_variants_status_and_approval_lead_are_offered()
    {
        // A post with a plain text may still get variants (text is repeatable), and media repeat.
        Assert.Equal(["text", "media"], Labels(Channels + "post a\n  on x\n  text \"Bonjour\"\n  media a.png\n  status draft\n  |\n").Intersect(["text", "media", "status"]));
        Assert.Equal(["x", "insta", "linkedin"], Labels(Channels + "post a\n  text |\n"));
        Assert.Equal(["insta", "linkedin"], Labels(Channels + "post a\n  text x, |\n"));
        Assert.Empty(Labels(Channels + "post a\n  text x \"Court |\n"));
        Assert.Equal(["draft", "review", "approved"], Labels(Channels + "post a\n  status |\n"));
        Assert.Equal(["review"], Labels(Channels + "post a\n  status re|\n"));
        Assert.Contains("approval-lead", Labels("policy\n  |"));
    }

    [Fact]
    public void Channel_ids_after_on_without_those_already_listed()
    {
        Assert.Equal(["x", "insta", "linkedin"], Labels(Channels + "post a\n  on |\n"));
        Assert.Equal(["insta", "linkedin"], Labels(Channels + "post a\n  on x, |\n"));
        var item = Assert.Single(Complete(Channels + "post a\n  on x, in|sta\n"));
        Assert.Equal(("insta", CompletionKind.Channel, "channel on instagram"), (item.Label, item.Kind, item.Detail));
        Assert.Equal(5, item.ReplaceSpan.Length);
    }

    [Fact]
    public void Queue_ids_after_queue() =>
        Assert.Equal([("tips", CompletionKind.Queue, "queue on x")], Complete(Channels + "post a\n  queue |\n").Select(i => (i.Label, i.Kind, i.Detail)));

    [Fact]
    public void Day_words_in_slots()
    {
        string[] days = ["daily", "weekdays", "weekends", "mon", "tue", "wed", "thu", "fri", "sat", "sun"];
        Assert.Equal(days, Labels("channel x\n  slots |"));
        Assert.Equal(days, Labels("channel x\n  slots mon, |"));
        Assert.Equal(["weekdays", "weekends", "wed"], Labels("channel x\n  slots we|"));
        Assert.Empty(Labels("channel x\n  slots daily |"));
    }

    [Fact]
    public void Time_zones_after_timezone()
    {
        var zones = Labels("plan \"P\"\n  timezone Europe/Pa|");
        Assert.Equal(["Europe/Paris"], zones);
        Assert.Contains("UTC", Labels("plan \"P\"\n  timezone |"));
    }

    [Fact]
    public void Zone_ids_match_by_any_part() =>
        Assert.Equal(["Europe/Paris"], Labels("plan \"P\"\n  timezone pari|"));

    [Fact]
    public void Repeat_and_recycle_words_once_each_where_they_may_come()
    {
        Assert.Equal(["every"], Labels("post a\n  repeat |"));
        Assert.Empty(Labels("post a\n  repeat every |"));
        Assert.Equal(["times", "until"], Labels("post a\n  repeat every 7d |"));
        Assert.Equal(["until"], Labels("post a\n  repeat every 7d times 3 |"));
        Assert.Equal(["until"], Labels("post a\n  repeat every 7d u|ntil 2027-04-01"));
        Assert.Empty(Labels("post a\n  repeat every 7d times |"));
        Assert.Equal(["until", "times"], Labels("queue q\n  recycle |"));
        Assert.Equal(["times"], Labels("queue q\n  recycle until 2027-04-01 |"));
    }

    [Fact]
    public void Rule_ids_then_severities_after_rule()
    {
        var rules = Labels("policy\n  rule |");
        Assert.Contains("whitespace", rules);
        Assert.Contains("unused-suppression", rules);
        Assert.DoesNotContain("syntax", rules);
        Assert.Equal(["outside-plan", "off-slot"], Labels("policy\n  rule o|"));
        Assert.Equal(["error", "warning", "info", "hint", "off"], Labels("policy\n  rule whitespace |"));
        Assert.Equal(["hint"], Labels("policy\n  rule whitespace h|"));
    }

    [Fact]
    public void Rule_ids_in_a_cmplan_ignore_comment_without_those_named()
    {
        Assert.Equal(["past-publication"], Labels("# cmplan-ignore pa|\npost a\n"));
        var trailing = Labels("post a  # cmplan-ignore whitespace, |\n");
        Assert.DoesNotContain("whitespace", trailing);
        Assert.DoesNotContain("unused-suppression", trailing);
        Assert.Contains("off-slot", trailing);
        Assert.Empty(Labels("# a plain comment |\n"));
        Assert.Empty(Labels("# cmplan-ignored |\n"));
        Assert.Contains("suppression-in-text", Labels("# cmplan-ignore su|\npost a\n"));
    }

    [Fact]
    public void Nothing_after_the_reason_of_a_suppression_nor_in_a_text_block()
    {
        Assert.Empty(Labels("post a  # cmplan-ignore off-slot -- l'heure |\n"));
        Assert.Empty(Labels("post a\n  text\n    Bonjour\n    # cmplan-ignore |\n"));
    }

    [Fact]
    public void Slot_times_of_the_post_channels_on_that_weekday_after_at_date()
    {
        // 2 March 2027 is a Tuesday; 6 March a Saturday.
        var items = Complete(Channels + "post a\n  on x, insta, linkedin\n  at 2027-03-02 |\n");
        Assert.Equal(
            [("07:30", "slot of x on Tuesdays"), ("09:00", "slot of x, insta on Tuesdays"), ("12:00", "slot of insta on Tuesdays"), ("18:00", "slot of x on Tuesdays")],
            items.Select(i => (i.Label, i.Detail)));
        Assert.All(items, i => Assert.Equal(CompletionKind.Time, i.Kind));
        Assert.Equal(["09:00", "12:00"], Labels(Channels + "post a\n  on x, insta\n  at 2027-03-06 |\n"));
        Assert.Equal(["18:00"], Labels(Channels + "post a\n  on x\n  at 2027-03-02 1|\n"));
        Assert.Empty(Labels(Channels + "post a\n  on linkedin\n  at 2027-03-02 |\n"));
        Assert.Empty(Labels(Channels + "post a\n  on x\n  at 2027-02-30 |\n"));
    }

    [Fact]
    public void Nothing_inside_a_text_block_or_after_free_values()
    {
        Assert.Empty(Labels("post a\n  text\n    Hello |\n"));
        Assert.Empty(Labels("post a\n  link |\n"));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_offset_of_every_example_completes_within_its_line(string example)
    {
        var result = Plans.Analyze(File.ReadAllText(Path.Combine(Repo.Examples, example)));
        var source = result.Syntax.Source;
        for (var offset = 0; offset <= source.Length; offset++)
        {
            var line = source.Lines[source.FindLine(offset)];
            Assert.All(PlanCompletion.Complete(result, offset), item =>
            {
                Assert.True(item.ReplaceSpan.Start >= line.Start && item.ReplaceSpan.End <= line.End);
                Assert.True(item.ReplaceSpan.Start <= offset && offset <= item.ReplaceSpan.End);
            });
        }
    }

    public static TheoryData<string> Examples() => Repo.ExamplePlans();
}
