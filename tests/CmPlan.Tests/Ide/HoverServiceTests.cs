using CmPlan.Analysis.Ide.Hover;
using NodaTime;
using static CmPlan.Tests.Ide.HoverTestPlan;

namespace CmPlan.Tests.Ide;

public class HoverServiceTests
{
    private static readonly LocalDateTime March7 = new(2027, 3, 7, 12, 30);

    private static HoverInfo HoverAt(string needle, int plus = 0, LocalDateTime? now = null)
    {
        var result = Analyze(now ?? March7);
        var text = result.Syntax.Source.Text;
        var hover = HoverService.Hover(result, At(text, needle, plus));
        Assert.NotNull(hover);
        return hover;
    }

    private static string Under(HoverInfo hover, LocalDateTime? now = null) =>
        Analyze(now ?? March7).Syntax.Source.Text.Substring(hover.Range.Start, hover.Range.Length);

    [Fact]
    public void A_block_keyword_says_what_it_does_with_an_example()
    {
        var hover = HoverAt("queue tips", 1);
        Assert.Equal("queue", Under(hover));
        Assert.Equal(
            "**queue**\n\nAn evergreen queue: its items (the posts that name it) fill its slots in rotation.\n\n```cmplan\nqueue tips\n  on x\n  slots daily 08:00\n  recycle until 2027-04-30\n```",
            hover.Markdown);
    }

    [Fact]
    public void A_property_key_is_explained_for_its_block()
    {
        var hover = HoverAt("repeat every");
        Assert.Equal("repeat", Under(hover));
        Assert.Equal(
            "**repeat** (post)\n\nReposts after the first publication: every duration, for a number of reposts (times) and/or until a date; the earlier bound wins.\n\n```cmplan\nrepeat every 7d times 3\n```",
            hover.Markdown);
    }

    [Fact]
    public void A_datetime_gives_its_weekday_offset_and_distance_from_now()
    {
        var hover = HoverAt("2027-03-10 12:30", 3);
        Assert.Equal("2027-03-10 12:30", Under(hover));
        Assert.Equal("**Wed 10 Mar 2027 12:30** · Europe/Paris, UTC+01:00 · in 3 days", hover.Markdown);
    }

    [Fact]
    public void A_past_datetime_is_so_long_ago()
    {
        var hover = HoverAt("2027-03-10 12:30", now: new LocalDateTime(2027, 3, 24, 18, 0));
        Assert.StartsWith("**Wed 10 Mar 2027 12:30** · Europe/Paris, UTC+01:00 · 2 weeks ago\n\n---\n\n**", hover.Markdown, StringComparison.Ordinal);
        Assert.Contains("`past-publication`", hover.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void An_end_date_means_the_whole_day_with_the_offset_then_in_force()
    {
        Assert.Equal(
            "**Wed 30 Jun 2027** (to the end of the day) · Europe/Paris, UTC+02:00 · in 3 months",
            HoverAt("2027-06-30").Markdown);
        Assert.Equal(
            "**Mon 1 Mar 2027** (from 00:00) · Europe/Paris, UTC+01:00 · 6 days ago",
            HoverAt("2027-03-01").Markdown);
    }

    [Fact]
    public void A_duration_is_spelled_out()
    {
        var hover = HoverAt("min-interval 7d", 13);
        Assert.Equal("7d", Under(hover));
        Assert.Equal("**7 days** (`7d`)", hover.Markdown);
    }

    [Fact]
    public void A_post_header_lists_its_publications_once_for_all_its_channels()
    {
        var hover = HoverAt("post webinar", 6);
        Assert.Equal("webinar", Under(hover));
        Assert.Equal(
            """
            **post `webinar`** — 4 publications on `insta`, `x`; expires Thu 25 Mar 2027

            1. Wed 10 Mar 2027 12:30
            2. Wed 17 Mar 2027 12:30 — repost 1
            3. Wed 24 Mar 2027 12:30 — repost 2
            4. Wed 31 Mar 2027 12:30 — repost 3 — **after expiry**
            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            hover.Markdown);
    }

    [Fact]
    public void A_queue_header_gives_items_slots_and_recycle_gaps()
    {
        var hover = HoverAt("queue tips", 6);
        Assert.Equal(
            """
            **queue `tips`** on `x` — 2 items, 2 slots a week

            Recycles until Wed 31 Mar 2027.

            | item | publications | recycle gap |
            |---|---|---|
            | `tip-1` | 5 | 7 days |
            | `tip-2` | 4 | 7 days |
            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            hover.Markdown);
    }

    [Fact]
    public void A_channel_header_gives_network_limit_and_counting()
    {
        Assert.Equal(
            "**channel `x`** — network x\n\nLimit: 280 (the network's), counted as X does: most Latin letters and punctuation weigh 1, other characters 2, an emoji 2, every URL 23.\n\nSlots: 10 slots a week.",
            HoverAt("channel x", 8).Markdown);
    }

    [Fact]
    public void A_channel_named_by_a_post_gives_the_posts_counted_length()
    {
        var hover = HoverAt("on x, insta", 6);
        Assert.Equal("insta", Under(hover));
        Assert.Equal(
            "**channel `insta`** — network instagram\n\nLimit: 2200 (the network's), counted in characters as readers see them (grapheme clusters).\n\nThis post counts 7 of 2200.",
            hover.Markdown);
    }

    [Fact]
    public void A_diagnostic_range_adds_the_rule_and_its_doc()
    {
        var hover = HoverAt("times 3", 2);
        Assert.Equal("every 7d times 3", Under(hover));
        Assert.Equal(
            "**Publication after expiry** · `after-expiry`\n\nA post is scheduled after the date its content expires.\n\n[Documentation of after-expiry](https://github.com/cmplan/cmplan/blob/main/docs/rules/after-expiry.md)",
            hover.Markdown);
    }

    [Fact]
    public void The_word_and_the_diagnostic_under_it_come_together()
    {
        var hover = HoverAt("every 7d", 6);
        Assert.Equal("7d", Under(hover));
        Assert.StartsWith("**7 days** (`7d`)\n\n---\n\n**", hover.Markdown, StringComparison.Ordinal);
        Assert.Contains("`after-expiry`", hover.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_on_a_blank_line_or_a_text()
    {
        var result = Analyze(March7);
        var text = result.Syntax.Source.Text;
        Assert.Null(HoverService.Hover(result, At(text, "\n\npolicy", 1)));
        Assert.Null(HoverService.Hover(result, At(text, "Join us", 2)));
    }

    [Fact]
    public void A_queue_item_header_lists_what_the_queue_gives_it()
    {
        Assert.Equal(
            """
            **post `tip-2`** — 4 publications on `x`, from queue `tips`

            1. Thu 4 Mar 2027 08:00
            2. Thu 11 Mar 2027 08:00 — repost 1
            3. Thu 18 Mar 2027 08:00 — repost 2
            4. Thu 25 Mar 2027 08:00 — repost 3
            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            HoverAt("post tip-2", 6).Markdown);
    }

    [Fact]
    public void A_long_schedule_lists_the_first_publications_and_the_last()
    {
        var plan = Text.Replace("on x, insta", "on x", StringComparison.Ordinal)
            .Replace("every 7d times 3", "every 1d times 24", StringComparison.Ordinal)
            .Replace("expires 2027-03-25", "expires 2027-04-30", StringComparison.Ordinal);
        var result = Analyze(March7, plan);
        var hover = HoverService.Hover(result, At(plan, "post webinar", 6));
        Assert.NotNull(hover);
        Assert.StartsWith("**post `webinar`** — 25 publications on `x`; expires Fri 30 Apr 2027\n\n1. Wed 10 Mar 2027 12:30\n", hover.Markdown, StringComparison.Ordinal);
        Assert.EndsWith("\n20. Mon 29 Mar 2027 12:30 — repost 19\n\n…and 5 more publications, the last Sat 3 Apr 2027 12:30 — repost 24", hover.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recycle_bound_is_a_date()
    {
        Assert.Equal(
            "**Wed 31 Mar 2027** (to the end of the day) · Europe/Paris, UTC+02:00 · in 3 weeks",
            HoverAt("2027-03-31").Markdown);
    }

    [Fact]
    public void A_rule_named_in_the_policy_is_explained()
    {
        var plan = Text.Replace("min-interval 7d", "min-interval 7d\n  rule off-slot off", StringComparison.Ordinal);
        var result = Analyze(March7, plan);
        var hover = HoverService.Hover(result, At(plan, "off-slot", 1));
        Assert.NotNull(hover);
        Assert.Equal(At(plan, "off-slot"), hover.Range.Start);
        Assert.StartsWith("**", hover.Markdown, StringComparison.Ordinal);
        Assert.EndsWith("· `off-slot`\n\nA post is not at one of its channel's usual slot times.\n\n[Documentation of off-slot](https://github.com/cmplan/cmplan/blob/main/docs/rules/off-slot.md)", hover.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_time_in_a_DST_gap_shows_the_time_it_really_goes_out()
    {
        const string Plan = "plan \"Printemps 2027\"\n  timezone Europe/Paris\n\nchannel x\n\npost passage-heure-ete\n  on x\n  at 2027-03-28 02:30\n  text \"On avance l'heure cette nuit ⏰\"\n";
        var result = Analyze(March7, Plan);
        var hover = HoverService.Hover(result, At(Plan, "2027-03-28 02:30", 3));
        Assert.NotNull(hover);
        Assert.StartsWith("**Sun 28 Mar 2027 03:30** (written 02:30, which does not exist that day: the clocks go forward) · Europe/Paris, UTC+02:00 · in 3 weeks\n\n---\n\n**Nonexistent", hover.Markdown, StringComparison.Ordinal);
        var problem = Assert.Single(result.Diagnostics, d => d.Rule == "nonexistent-time");
        Assert.Contains("03:30", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_id_in_a_suppression_shows_the_rule_and_its_reason_nothing()
    {
        const string Plan = "channel x\n  slots weekdays 09:00\n\npost a\n  on x\n  at 2027-03-10 10:30  # cmplan-ignore off-slot -- conférence de presse\n  text \"Bonjour\"\n";
        var result = Analyze(March7, Plan);
        var hover = HoverService.Hover(result, At(Plan, "off-slot --", 2));
        Assert.NotNull(hover);
        Assert.Equal("off-slot", Plan.Substring(hover.Range.Start, hover.Range.Length));
        Assert.StartsWith("**Off slot** · `off-slot`", hover.Markdown, StringComparison.Ordinal);
        Assert.Null(HoverService.Hover(result, At(Plan, "conférence", 2)));
    }
}
