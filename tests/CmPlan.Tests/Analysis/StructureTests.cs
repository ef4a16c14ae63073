using CmPlan.Tests.Support;
using static CmPlan.Tests.Support.DiagnosticAssert;

namespace CmPlan.Tests.Analysis;

/// <summary>The structural diagnostics of contract §5, each at its documented place, one per mistake.</summary>
public partial class StructureTests
{
    private const string Channel = "channel x\n\n";

    [Fact]
    public void A_complete_post_has_no_diagnostic() =>
        Check(Channel + "post a\n  on x\n  at 2027-03-02 09:00\n  text \"Bonjour\"\n");

    [Fact]
    public void Missing_properties_are_reported_on_the_header() =>
        Check(Channel + "post a  # note\n  tags x\n",
            "missing-property 3:1-3:7",
            "missing-property 3:1-3:7",
            "missing-property 3:1-3:7");

    [Fact]
    public void An_invalid_value_counts_as_present() =>
        Check(Channel + "post a\n  on x\n  at 2027-02-30 09:00\n  text \"x\"\n", "invalid-value 5:6-5:16");

    [Theory]
    [InlineData("at 2027-03-02", "invalid-value 5:6-5:16")]
    [InlineData("at 2027-03-02 24:00", "invalid-value 5:17-5:22")]
    [InlineData("at 2027-03-02 9:00", "invalid-value 5:6-5:21")]
    [InlineData("at 2027-03-02T09:00", null)]
    [InlineData("repeat every 0d times 2", "invalid-value 5:16-5:18")]
    [InlineData("repeat every 5days", "invalid-value 5:10-5:21")]
    [InlineData("repeat every 1mo times 2 until 2027-05-01", null)]
    [InlineData("repeat every 1w until 2027-04-01 18:00 times 2", null)]
    [InlineData("repeat every 1w times 2 times 3", "invalid-value 5:27-5:32")]
    [InlineData("repeat every 10min times ten", "invalid-value 5:10-5:31")]
    [InlineData("expires 2027-04-31", "invalid-value 5:11-5:21")]
    [InlineData("link ftp://example.org", "invalid-value 5:8-5:25")]
    [InlineData("link https://example.org/#ancre", null)]
    [InlineData("tags a, b,c", null)]
    [InlineData("tags a ,b", "invalid-value 5:8-5:12")]
    public void Post_values_are_checked(string line, string? expected)
    {
        var plan = Channel + "post a\n  on x\n  " + (line.StartsWith("at ", StringComparison.Ordinal) ? string.Empty : "at 2027-03-02 09:00\n  ") + line + "\n  text \"x\"\n";
        if (!line.StartsWith("at ", StringComparison.Ordinal))
        {
            plan = plan.Replace("  at 2027-03-02 09:00\n  " + line, "  " + line + "\n  at 2027-03-02 09:00", StringComparison.Ordinal);
        }

        Check(plan, expected is null ? [] : [expected]);
    }

    [Theory]
    [InlineData("text \"sans fin", "invalid-value 6:8-6:17", "The quoted text of 'text' has no closing \".")]
    [InlineData("text \"tab\\t\"", "invalid-value 6:8-6:15", "'\\t' is not an escape in a quoted string: use \\\", \\\\ or \\n.")]
    [InlineData("text", "invalid-value 6:3-6:7", "'text' needs a quoted text on its line, or an indented text block below it.")]
    public void Text_values_are_checked(string line, string expected, string message)
    {
        var result = Check(Channel + "post a\n  on x\n  at 2027-03-02 09:00\n" + "  " + line + "\n", expected);
        Assert.Equal(message, Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void Unknown_and_duplicate_properties() =>
        Check(Channel + "post a\n  on x\n  at 2027-03-02 09:00\n  at 2027-03-03 09:00\n  colour red\n  text \"x\"\n",
            "duplicate-property 6:3-6:5",
            "unknown-property 7:3-7:9");

    [Fact]
    public void Unknown_property_suggests_the_closest_key()
    {
        var result = Check(Channel + "post a\n  on x\n  at 2027-03-02 09:00\n  expire 2027-04-01\n  text \"x\"\n", "unknown-property 6:3-6:9");
        Assert.Contains("Did you mean 'expires'?", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_definitions_go_on_the_second_and_keep_the_first() =>
        Check("channel x\nchannel x\nplan \"a\"\nplan \"b\"\npolicy\npolicy\n",
            "duplicate-definition 2:9-2:10",
            "duplicate-definition 4:1-4:9",
            "duplicate-definition 6:1-6:7");

    [Fact]
    public void Unknown_reference_offers_the_closest_id()
    {
        var result = Check("channel insta\n\npost a\n  on isnta, tiktok\n  at 2027-03-02 09:00\n  text \"x\"\n",
            "unknown-reference 4:6-4:11",
            "unknown-reference 4:13-4:19");
        var fix = Assert.Single(result.Diagnostics[0].Fixes);
        Assert.Equal("insta", Assert.Single(fix.Edits).NewText);
        Assert.Empty(result.Diagnostics[1].Fixes);
    }

    [Fact]
    public void References_may_point_forward_and_are_checked_on_duplicates_too() =>
        Check("post a\n  on x\n  at 2027-03-02 09:00\n  text \"x\"\n\npost a\n  on y\n  at 2027-03-02 09:00\n  text \"x\"\n\nchannel x\n",
            "duplicate-definition 6:6-6:7",
            "unknown-reference 7:6-7:7");

    [Fact]
    public void A_queue_item_with_its_own_schedule_conflicts_and_an_unknown_queue_is_reported_too() =>
        Check(Channel + "post a\n  queue nowhere\n  on x\n  at 2027-03-02 09:00\n  repeat every 7d times 2\n  text \"x\"\n",
            "unknown-reference 4:9-4:16",
            "conflicting-schedule 5:6-5:7",
            "conflicting-schedule 6:6-6:22",
            "conflicting-schedule 7:10-7:26");

    [Fact]
    public void A_queue_needs_on_slots_and_a_start() =>
        Check("queue q\n  recycle times 2\n",
            "missing-property 1:1-1:8",
            "missing-property 1:1-1:8",
            "missing-property 1:1-1:8");

    [Fact]
    public void A_queue_takes_the_plan_start() =>
        Check("plan \"p\"\n  start 2027-03-01\n\nchannel x\n\nqueue q\n  on x\n  slots mon-fri 09:00\n  recycle\n", "unbounded-repost 9:3-9:10");

    [Theory]
    [InlineData("slots daily 09:00 18:00", null)]
    [InlineData("slots fri-mon 09:00", null)]
    [InlineData("slots mon, wed,fri 09:00", null)]
    [InlineData("slots weekdays", "invalid-value 2:9-2:17")]
    [InlineData("slots lundi 09:00", "invalid-value 2:9-2:20")]
    [InlineData("slots mon 09:00 25:00", "invalid-value 2:19-2:24")]
    [InlineData("network tweeter", "invalid-value 2:11-2:18")]
    [InlineData("network twitter", null)]
    [InlineData("limit 0", "invalid-value 2:9-2:10")]
    [InlineData("limit 99999999999", "invalid-value 2:9-2:20")]
    public void Channel_values_are_checked(string line, string? expected) =>
        Check("channel c\n  " + line + "\n", expected is null ? [] : [expected]);

    [Theory]
    [InlineData("timezone Europe/Paris", null)]
    [InlineData("timezone Europe/Pari", "invalid-value 2:12-2:23")]
    [InlineData("start 2027-13-01", "invalid-value 2:9-2:19")]
    [InlineData("end 2028-02-29", null)]
    [InlineData("end 2027-02-29", "invalid-value 2:7-2:17")]
    public void Plan_values_are_checked(string line, string? expected) =>
        Check("plan \"Printemps\"\n  " + line + "\n", expected is null ? [] : [expected]);

    [Fact]
    public void Unknown_zone_suggests_a_real_one()
    {
        var result = Check("plan \"p\"\n  timezone europe/paris\n", "invalid-value 2:12-2:24");
        Assert.Contains("Did you mean Europe/Paris?", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("min-interval 7d", null)]
    [InlineData("min-interval 0d", "invalid-value 2:16-2:18")]
    [InlineData("max-automated 101%", "invalid-value 2:17-2:21")]
    [InlineData("max-repeats -1", "invalid-value 2:15-2:17")]
    [InlineData("rule whitespace off", null)]
    [InlineData("rule whitespace loud", "invalid-value 2:19-2:23")]
    [InlineData("rule whitespce off", "unknown-rule 2:8-2:17")]
    [InlineData("rule syntax off", "invalid-value 2:8-2:14")]
    public void Policy_values_are_checked(string line, string? expected) =>
        Check("policy\n  " + line + "\n", expected is null ? [] : [expected]);

    [Fact]
    public void Header_arguments_are_checked() =>
        Check("plan Printemps\npolicy strict\npost\n  text \"x\"\n  queue q\npost \"a\"\n  text \"x\"\n  queue q\nqueue q\n  on q\n",
            "invalid-value 1:6-1:15",
            "invalid-value 2:8-2:14",
            "invalid-value 3:1-3:5",
            "invalid-value 6:6-6:9",
            "missing-property 9:1-9:8",
            "missing-property 9:1-9:8",
            "unknown-reference 10:6-10:7");

    [Fact]
    public void One_syntax_mistake_gives_one_diagnostic_and_the_rest_is_still_checked() =>
        Check(Channel + "post a\n  on x\n  = oops\n  at 2027-03-02 09:00\n  colour red\n  text \"x\"\n",
            "syntax 5:3-5:9",
            "unknown-property 7:3-7:9");

    [Fact]
    public void A_broken_header_skips_its_block_only() =>
        Check(Channel + "Post a\n  on nowhere\n\npost b\n  on y\n  at 2027-03-02 09:00\n  text \"x\"\n",
            "syntax 3:1-3:5",
            "unknown-reference 7:6-7:7");

    [Fact]
    public void A_misindented_required_property_gives_one_diagnostic_not_also_missing_property() =>
        Check(Channel + "post a\n  on x\n   at 2027-03-02 09:00\n  text \"x\"\n", "syntax 5:4-5:23");
}
