using CmPlan.Analysis;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Rules.Content;
using CmPlan.Tests.Support;
using NodaTime;
using static CmPlan.Tests.Support.RuleAssert;

namespace CmPlan.Tests.Rules;

/// <summary>dated-content and the date mentions it reads (contract §5, Date mentions).</summary>
public class DatedContentRuleTests
{
    private const string Rule = RuleIds.DatedContent;

    /// <summary>Weekly reposts from 20 Dec 2027 into January 2028: a year 2027 is current and then over.</summary>
    private const string NewYear = "2027-12-20 09:00";

    private const string Weekly3 = "  repeat every 7d times 3\n";

    /// <summary>A quoted text on line 6, or 7 with one extra line (policy lines aside): its first character is column 9.</summary>
    private static string Plan(string text, string at = "2027-03-02 09:00", string extra = "", string policy = "") =>
        $"{policy}channel x\n\npost a\n  on x\n  at {at}\n{extra}  text \"{text}\"\n";

    private static Diagnostic Single(string plan, string range) => Assert.Single(Fires(plan, Rule, range));

    [Theory]
    [InlineData("Nos savons sont fabriqués à Grasse depuis 2027")]
    [InlineData("Maison fondée en 2027")]
    [InlineData("Boutique créée en 2027, à Grasse")]
    [InlineData("Ateliers créés en 2027")]
    [InlineData("Founded in 2027")]
    [InlineData("Lavande & Co, est. 2027")]
    [InlineData("DÈS 2027, à Grasse")]
    [InlineData("Depuis\u00A02027 🌿")]
    [InlineData("FONDÉE   EN 2027")]
    public void A_year_after_an_origin_word_is_history(string text) => Silent(Plan(text, NewYear, Weekly3), Rule);

    [Theory]
    [InlineData("Collection 2027 !", "7:20-7:24")]
    [InlineData("Ouvert depuis décembre 2027", "7:23-7:36")]
    [InlineData("Le thème est 2027", "7:22-7:26")]
    [InlineData("Ouvert depuis : 2027", "7:25-7:29")]
    [InlineData("#soldes2027 et collection 2027", "7:35-7:39")]
    public void An_origin_word_protects_only_a_bare_year_right_after_it(string text, string range) =>
        Fires(Plan(text, NewYear, Weekly3), Rule, range);

    [Theory]
    [InlineData("Nos savons sont fabriqués à Grasse depuis 2005")]
    [InlineData("Maison fondée en 2012")]
    [InlineData("Merci pour cette belle année 2025")]
    [InlineData("Les outils pour réussir en 2016 !")]
    [InlineData("Le 15/01/2027, merci d'être venus !")]
    [InlineData("Bilan de janvier 2027")]
    public void A_date_over_at_the_first_publication_is_history(string text) =>
        Silent(Plan(text, "2027-03-02 09:00", "  repeat every 30d times 10\n"), Rule);

    [Fact]
    public void Fires_on_a_full_date_written_in_french_once_its_day_is_over()
    {
        var diagnostic = Single(Plan("Promo jusqu'au 21 mars 2027 !", "2027-03-14 12:00", "  repeat every 7d times 2\n"), "7:24-7:36");
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(
            "The text mentions '21 mars 2027' (Sun 21 Mar 2027), but this post is still published on Sun 28 Mar 2027 (the 2nd repost), "
            + "after that day. Add 'expires 2027-03-21' (or the day the content really stops being true), so that no publication outlives it.",
            diagnostic.Message);
        Silent(Plan("Promo jusqu'au 21 mars 2027 !", "2027-03-14 12:00", "  repeat every 7d times 1\n"), Rule);
    }

    [Theory]
    [InlineData("Poisson d'avril le 1er avril 2027 🐟", "7:28-7:42")]
    [InlineData("Atelier le 21.03.2027 à 18h", "7:20-7:30")]
    [InlineData("Atelier le 21/03/2027 à 18h", "7:20-7:30")]
    [InlineData("Atelier le 2027-03-21", "7:20-7:30")]
    [InlineData("Rendez-vous le 25 mars à Grasse", "7:24-7:31")]
    [InlineData("Rendez-vous samedi 27 MARS", "7:28-7:35")]
    [InlineData("Rendez-vous le 25/03 !", "7:24-7:29")]
    [InlineData("See you on March 25, 2027", "7:20-7:34")]
    [InlineData("See you on March 25", "7:20-7:28")]
    [InlineData("Programme de mars 2027", "7:22-7:31")]
    public void Fires_on_the_dates_people_write(string text, string range) =>
        Fires(Plan(text, "2027-03-14 12:00", "  repeat every 7d times 3\n"), Rule, range);

    [Fact]
    public void A_day_and_month_take_the_first_year_from_the_first_publication()
    {
        var diagnostic = Single(Plan("Rendez-vous le 25 mars à Grasse", "2027-03-14 12:00", "  repeat every 7d times 2\n"), "7:24-7:31");
        Assert.Equal(
            "The text mentions '25 mars' (Thu 25 Mar 2027: no year is written, so the next one from the first publication on Sun 14 Mar 2027), "
            + "but this post is still published on Sun 28 Mar 2027 (the 2nd repost), after that day. Add 'expires 2027-03-25' "
            + "(or the day the content really stops being true), so that no publication outlives it.",
            diagnostic.Message);

        // Published the day after, "25 mars" is next year's: the weekly reposts are long before it.
        Silent(Plan("Rendez-vous le 25 mars à Grasse", "2027-03-26 12:00", "  repeat every 7d times 3\n"), Rule);
        var january = Single(Plan("Soldes jusqu'au 10 janvier", NewYear, "  repeat every 7d times 4\n"), "7:25-7:35");
        Assert.Contains("(Mon 10 Jan 2028: no year is written, so the next one from the first publication on Mon 20 Dec 2027), but this post is still published on Mon 17 Jan 2028", january.Message, StringComparison.Ordinal);

        // A day-month ignores the years around it.
        Assert.Contains("(Thu 25 Mar 2027: no year", Single(Plan("Soirée 2026 : le 25 mars", "2027-03-14 12:00", Weekly3), "7:26-7:33").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_29_february_waits_for_a_leap_year()
    {
        // First published in March 2027: the next 29 February is in 2028, after the last repost.
        Silent(Plan("Offre valable le 29 février", "2027-03-02 09:00", "  repeat every 30d times 10\n"), Rule);
        Fires(Plan("Offre valable le 29 février", "2028-02-01 09:00", "  repeat every 30d times 1\n"), Rule, "7:26-7:36");
    }

    [Fact]
    public void A_date_beats_the_year_around_it()
    {
        var diagnostic = Single(Plan("Soldes d'hiver 2027 : jusqu'au 10/03/2027", "2027-03-01 10:00", "  repeat every 14d times 1\n"), "7:40-7:50");
        Assert.Contains(
            "mentions '10/03/2027' (Wed 10 Mar 2027), but this post is still published on Mon 15 Mar 2027 (the 1st repost)",
            diagnostic.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Only_current_mentions_count_and_the_first_of_equal_ends_is_the_range()
    {
        Fires(Plan("Le 15 janvier 2027, puis le 25 mars", "2027-03-14 12:00", Weekly3), Rule, "7:37-7:44");
        Fires(Plan("Le 25 mars, puis encore le 25/03", "2027-03-14 12:00", Weekly3), Rule, "7:12-7:19");
        Fires(Plan("Du 2027-03-20 au 25 mars 2027, en 2027", "2027-03-14 12:00", Weekly3), Rule, "7:26-7:38");
    }

    [Fact]
    public void A_month_and_year_last_until_the_end_of_the_month()
    {
        Silent(Plan("Programme de mars 2027", "2027-03-02 09:00", "  repeat every 7d times 4\n"), Rule);
        var diagnostic = Single(Plan("Programme de mars 2027", "2027-03-02 09:00", "  repeat every 7d times 5\n"), "7:22-7:31");
        Assert.StartsWith(
            "The text mentions 'mars 2027' (until Wed 31 Mar 2027), but this post is still published on Tue 6 Apr 2027 (the 5th repost), after that month ended.",
            diagnostic.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_lasts_until_the_end_of_its_last_day()
    {
        Silent(Plan("Bilan 2027", "2027-12-31 23:00", "  repeat every 30min times 1\n"), Rule);
        var diagnostic = Single(Plan("Bilan 2027", "2027-12-31 23:00", "  repeat every 1h times 1\n"), "7:15-7:19");
        Assert.StartsWith(
            "The text mentions 2027, but this post is still published on Sat 1 Jan 2028 (the 1st repost), after 2027 ended.",
            diagnostic.Message,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Atelier le 21/03/27 à 18h")]
    [InlineData("Atelier le 21.03.27")]
    [InlineData("https://example.org/2027/03/25/le-25-mars")]
    [InlineData("Voir http://example.org/blog?date=25/03/2027.")]
    [InlineData("#soldes2027 #Grasse25mars")]
    [InlineData("Code A2027B, 24/7 et 50/50")]
    [InlineData("1999, 2100 et 20270 participants")]
    [InlineData("Le 31 avril, le 32 mars, le 30/02")]
    [InlineData("Mars 25h et mai 2027e")]
    public void Silent_on_what_is_not_a_mention(string text) =>
        Silent(Plan(text, "2027-03-14 12:00", "  repeat every 30d times 11\n"), Rule);

    [Fact]
    public void The_year_of_an_invalid_date_is_still_a_year() => Fires(Plan("Le 31/02/2027", NewYear, Weekly3), Rule, "7:18-7:22");

    [Fact]
    public void A_line_break_escape_is_a_blank() => Fires(Plan("Bilan\\n2027", NewYear, Weekly3), Rule, "7:16-7:20");

    [Fact]
    public void Silent_with_an_expires_even_an_invalid_one()
    {
        Silent(Plan("Collection 2027", NewYear, Weekly3 + "  expires 2028-06-30\n"), Rule);
        Silent(Plan("Collection 2027", NewYear, Weekly3 + "  expires bientôt\n"), Rule);
    }

    [Fact]
    public void Silent_without_publications() => Silent("post a\n  on nowhere\n  at 2027-03-02 09:00\n  text \"Le 25 mars\"\n", Rule);

    [Fact]
    public void Fires_on_a_queue_item_and_across_the_lines_of_a_text_block()
    {
        var plan = "policy\n  rule automation-ratio off\n\nchannel x\n\nqueue q\n  on x\n  slots daily 09:00\n  start 2027-03-25\n  recycle times 10\n\npost item\n  queue q\n"
            + "  text\n    Atelier savon le 27\n    mars 🌿 #Grasse\n";
        var diagnostic = Assert.Single(Fires(plan, Rule, "15:22-16:9"));
        Assert.Contains("'27 mars' (Sat 27 Mar 2027:", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("still published on Sun 28 Mar 2027 (the 3rd repost)", diagnostic.Message, StringComparison.Ordinal);
        var fixedPlan = FixRoundTrip(plan, Rule);
        Assert.EndsWith("    mars 🌿 #Grasse\n  expires 2027-03-27\n", fixedPlan, StringComparison.Ordinal);
    }

    [Fact]
    public void Follows_its_severity_and_suppressions()
    {
        var error = Assert.Single(Fires(Plan("Collection 2027", NewYear, Weekly3, "policy\n  rule dated-content error\n\n"), Rule, "10:20-10:24"));
        Assert.Equal(Severity.Error, error.Severity);
        Silent(Plan("Collection 2027", NewYear, Weekly3, "policy\n  rule dated-content off\n\n"), Rule);
        Silent(Plan("Collection 2027", NewYear, Weekly3).Replace("\"Collection 2027\"", "\"Collection 2027\"  # cmplan-ignore dated-content", StringComparison.Ordinal), Rule);
    }

    [Fact]
    public void Fix_sets_expires_and_lowers_times_so_no_repost_outlives_it()
    {
        var plan = Plan("Promo jusqu'au 21 mars 2027 !", "2027-03-14 12:00", "  repeat every 7d times 3\n");
        var fix = Assert.Single(Assert.Single(Plans.Analyze(plan).Diagnostics, d => d.Rule == Rule).Fixes);
        Assert.True(fix.IsSafe);
        Assert.True(fix.IsPreferred);
        Assert.Equal("Add 'expires 2027-03-21' and repost 1 time (set 'times 1')", fix.Title);
        Assert.Equal(
            "channel x\n\npost a\n  on x\n  at 2027-03-14 12:00\n  repeat every 7d times 1\n  text \"Promo jusqu'au 21 mars 2027 !\"\n  expires 2027-03-21\n",
            FixRoundTrip(plan, Rule));
    }

    [Fact]
    public void Fix_moves_until_to_the_stale_point()
    {
        var plan = Plan("Soldes d'hiver 2027 : jusqu'au 10/03/2027", "2027-03-01 10:00", "  repeat every 7d until 2027-04-30\n");
        Assert.Equal(
            "channel x\n\npost a\n  on x\n  at 2027-03-01 10:00\n  repeat every 7d until 2027-03-10\n  text \"Soldes d'hiver 2027 : jusqu'au 10/03/2027\"\n  expires 2027-03-10\n",
            FixRoundTrip(plan, Rule));
    }

    [Fact]
    public void Fix_deletes_the_repeat_when_no_repost_fits_and_is_then_unsafe()
    {
        var plan = Plan("Rendez-vous le 25 mars à Grasse", "2027-03-20 12:00", "  repeat every 7d times 3 # rappels\n");
        var fix = Assert.Single(Assert.Single(Plans.Analyze(plan).Diagnostics, d => d.Rule == Rule).Fixes);
        Assert.False(fix.IsSafe);
        Assert.Equal("Add 'expires 2027-03-25' and delete the 'repeat' line (no repost comes before it)", fix.Title);
        Assert.Equal(
            "channel x\n\npost a\n  on x\n  at 2027-03-20 12:00\n  expires 2027-03-25\n  text \"Rendez-vous le 25 mars à Grasse\"\n",
            FixRoundTrip(plan, Rule));
    }

    [Fact]
    public void Fix_leaves_an_unbounded_repeat_to_unbounded_repost()
    {
        var plan = Plan("Collection 2027", NewYear, "  repeat every 7d\n");
        Assert.EndsWith("  repeat every 7d\n  text \"Collection 2027\"\n  expires 2027-12-31\n", FixRoundTrip(plan, Rule), StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_goes_after_a_text_block_with_the_block_indentation_and_crlf()
    {
        var plan = "channel x\n\npost a\n    on x\n    at 2027-12-31 23:00\n    text\n      Bilan\n      2027\n";
        var late = plan.Replace("    text\n", "    repeat every 30min times 2\n    text\n", StringComparison.Ordinal);
        var crlf = late.Replace("\n", "\r\n", StringComparison.Ordinal);
        var expected = late.Replace("times 2", "times 1", StringComparison.Ordinal) + "    expires 2027-12-31\n";
        Assert.Equal(expected.Replace("\n", "\r\n", StringComparison.Ordinal), FixRoundTrip(crlf, Rule));
    }

    [Fact]
    public void No_fix_once_the_stale_point_has_passed()
    {
        var plan = Plan("Atelier le 21/03/2027 à 18h", "2027-03-14 12:00", "  repeat every 7d times 2\n");
        var after = PlanClock.AtLocal(new LocalDateTime(2027, 3, 22, 0, 0));
        Assert.Empty(Assert.Single(Fires(plan, Rule, after, "7:20-7:30")).Fixes);
        var sameDay = PlanClock.AtLocal(new LocalDateTime(2027, 3, 21, 23, 0));
        Assert.Single(Assert.Single(Fires(plan, Rule, sameDay, "7:20-7:30")).Fixes);
    }

    [Theory]
    [InlineData("text \"\\\"2027\\\"\"")]
    [InlineData("text \"\\n\\n\"")]
    [InlineData("text \"\\q 2027 le 1er\"")]
    [InlineData("text \"31/12/2099 9999-99-99 00/00/0000 2016- 29/02 mars\"")]
    [InlineData("text \"\uD800 2027 \uDFFF le 25 mars\"")]
    [InlineData("text")]
    [InlineData("text\n\t2027\n")]
    [InlineData("text \"https://2027 le 25 mars https://\"")]
    [InlineData("text \"le 29 février 29/02\"")]
    public void Never_throws_on_odd_texts(string text)
    {
        var plan = $"channel x\n  limit 1\n\npost a\n  on x\n  at 9999-12-31 23:59\n  repeat every 1d\n  {text}\n";
        Assert.NotNull(Plans.Analyze(plan));
    }

    [Theory]
    [InlineData("en 2027 !", 3, 4, DateMentionKind.Year, 2027, 12, 31)]
    [InlineData("(2027)", 1, 4, DateMentionKind.Year, 2027, 12, 31)]
    [InlineData("#2027", 1, 4, DateMentionKind.Year, 2027, 12, 31)]
    [InlineData("le 29/02/2028.", 3, 10, DateMentionKind.FullDate, 2028, 2, 29)]
    [InlineData("«2030»", 1, 4, DateMentionKind.Year, 2030, 12, 31)]
    [InlineData("2000-01-01", 0, 10, DateMentionKind.FullDate, 2000, 1, 1)]
    [InlineData("le 1er avril 2027", 3, 14, DateMentionKind.FullDate, 2027, 4, 1)]
    [InlineData("le 1ER Avril 2027", 3, 14, DateMentionKind.FullDate, 2027, 4, 1)]
    [InlineData("le 3 fevrier 2027", 3, 14, DateMentionKind.FullDate, 2027, 2, 3)]
    [InlineData("le 3 FÉVRIER 2027", 3, 14, DateMentionKind.FullDate, 2027, 2, 3)]
    [InlineData("le 3 fe\u0301vrier 2027", 3, 15, DateMentionKind.FullDate, 2027, 2, 3)]
    [InlineData("le 15 aout 2027", 3, 12, DateMentionKind.FullDate, 2027, 8, 15)]
    [InlineData("le 15 août 2027", 3, 12, DateMentionKind.FullDate, 2027, 8, 15)]
    [InlineData("le 15\u00A0août\u202F2027", 3, 12, DateMentionKind.FullDate, 2027, 8, 15)]
    [InlineData("on March 25, 2027!", 3, 14, DateMentionKind.FullDate, 2027, 3, 25)]
    [InlineData("on 25 March 2027", 3, 13, DateMentionKind.FullDate, 2027, 3, 25)]
    [InlineData("décembre 2027", 0, 13, DateMentionKind.MonthYear, 2027, 12, 31)]
    [InlineData("February 2028", 0, 13, DateMentionKind.MonthYear, 2028, 2, 29)]
    [InlineData("février 2027", 0, 12, DateMentionKind.MonthYear, 2027, 2, 28)]
    [InlineData("samedi 10 avril", 7, 8, DateMentionKind.DayMonth, 0, 4, 10)]
    [InlineData("le 1er mai !", 3, 7, DateMentionKind.DayMonth, 0, 5, 1)]
    [InlineData("le 25/03.", 3, 5, DateMentionKind.DayMonth, 0, 3, 25)]
    [InlineData("on March 25", 3, 8, DateMentionKind.DayMonth, 0, 3, 25)]
    public void Finds_dates_in_their_longest_form(string text, int start, int length, DateMentionKind kind, int year, int month, int day) =>
        Assert.Equal(new DateMention(start, length, kind, year, month, day), Assert.Single(DateMentions.Find(text)));

    [Theory]
    [InlineData("\U0001D400" + "2027")]
    [InlineData("2027\U0001D400")]
    [InlineData("2027\u00E9")]
    [InlineData("\u06632027")]
    [InlineData("_2027")]
    [InlineData("21/03/27")]
    [InlineData("depuis 2027")]
    [InlineData("créées en 2027")]
    public void What_touches_a_word_or_reads_as_history_is_not_a_mention(string text) => Assert.Empty(DateMentions.Find(text));

    [Fact]
    public void An_emoji_does_not_touch_a_year() =>
        Assert.Equal(new DateMention(0, 4, DateMentionKind.Year, 2027, 12, 31), Assert.Single(DateMentions.Find("2027🎉")));

    [Fact]
    public void A_date_that_does_not_exist_leaves_its_year() =>
        Assert.Equal(new DateMention(6, 4, DateMentionKind.Year, 2027, 12, 31), Assert.Single(DateMentions.Find("29/02/2027")));
}
