using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Rules.Content;
using CmPlan.Tests.Support;
using NodaTime;
using static CmPlan.Tests.Support.RuleAssert;

namespace CmPlan.Tests.Rules;

public class DatedContentRuleTests
{
    private const string Rule = RuleIds.DatedContent;

    /// <summary>Adding an expires in the past makes these fire by design; the round trips look at this rule alone.</summary>
    private const string Quiet = "policy\n  rule after-expiry off\n  rule expired-content off\n\n";

    /// <summary>A quoted text on line 7 (policy lines aside): its first character is column 9.</summary>
    private static string Plan(string text, string at = "2027-03-02 09:00", string extra = "", string policy = "") =>
        $"{policy}channel x\n\npost a\n  on x\n  at {at}\n{extra}  text \"{text}\"\n";

    [Fact]
    public void Fires_on_a_past_year()
    {
        var diagnostic = Assert.Single(Fires(Plan("Les outils pour réussir en 2016 !"), Rule, "6:36-6:40"));
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(
            "The text mentions 2016, but this post is still published on Tue 2 Mar 2027 (the first publication), after 2016 ended. "
            + "Add 'expires 2016-12-31' (or the day the content really stops being true), so that no publication outlives it.",
            diagnostic.Message);
    }

    [Fact]
    public void A_year_lasts_until_the_end_of_its_last_day()
    {
        Silent(Plan("Bilan 2027", "2027-12-31 23:59"), Rule);
        Fires(Plan("Bilan 2027", "2028-01-01 00:00"), Rule, "6:15-6:19");
        Fires(Plan("Bilan 2027", "2027-12-31 23:00", "  repeat every 1h times 1\n"), Rule, "7:15-7:19");
    }

    [Fact]
    public void Fires_on_a_full_date_once_its_day_is_over()
    {
        var plan = Plan("Atelier le 21/03/2027 à 18h", "2027-03-14 12:00", "  repeat every 7d times 2\n");
        var diagnostic = Assert.Single(Fires(plan, Rule, "7:20-7:30"));
        Assert.Equal(
            "The text mentions Sun 21 Mar 2027, but this post is still published on Sun 28 Mar 2027 (the 2nd repost), after that day. "
            + "Add 'expires 2027-03-21' (or the day the content really stops being true), so that no publication outlives it.",
            diagnostic.Message);
        Silent(Plan("Atelier le 21/03/2027 à 18h", "2027-03-14 12:00", "  repeat every 7d times 1\n"), Rule);
        Fires(Plan("Atelier le 2027-03-21", "2027-03-22 00:00"), Rule, "6:20-6:30");
        Silent(Plan("Atelier le 2027-03-21", "2027-03-21 23:59"), Rule);
    }

    [Fact]
    public void The_latest_mention_is_the_one_reported()
    {
        Fires(Plan("De 2015 à 2016, puis le 15/03/2017", "2027-03-02 09:00"), Rule, "6:33-6:43");
        Fires(Plan("Le 15/03/2016, bilan de 2016", "2027-03-02 09:00"), Rule, "6:33-6:37");
        Silent(Plan("Nos 10 ans : 2016-2027", "2027-03-02 09:00"), Rule);
    }

    [Theory]
    [InlineData("https://example.org/2016/bilan")]
    [InlineData("Voir http://example.org/blog?annee=2016.")]
    [InlineData("#Lyon2016 et 2016e édition")]
    [InlineData("1999, 2100 et 20160 participants")]
    [InlineData("Code A2016B")]
    [InlineData("Le 21/03/1999")]
    public void Silent_on_what_is_not_a_mention(string text) => Silent(Plan(text), Rule);

    [Fact]
    public void The_year_of_an_invalid_date_is_still_a_year()
    {
        Fires(Plan("Le 31/02/2016"), Rule, "6:18-6:22");
        Fires(Plan("Le 2016-02-30"), Rule, "6:12-6:16");
    }

    [Fact]
    public void A_line_break_escape_is_a_blank() => Fires(Plan("Bilan\\n2016"), Rule, "6:16-6:20");

    [Fact]
    public void Silent_with_an_expires_even_an_invalid_one()
    {
        Silent(Plan("Bilan 2016", extra: "  expires 2027-06-30\n"), Rule);
        Silent(Plan("Bilan 2016", extra: "  expires bientôt\n"), Rule);
    }

    [Fact]
    public void Silent_without_publications() => Silent("post a\n  on nowhere\n  at 2027-03-02 09:00\n  text \"Bilan 2016\"\n", Rule);

    [Fact]
    public void Fires_on_a_queue_item_and_in_a_text_block()
    {
        var plan = "channel x\n\nqueue q\n  on x\n  slots daily 09:00\n  start 2027-03-01\n\npost item\n  queue q\n  text\n    Le best-of\n    de 2026 👉\n";
        var diagnostic = Assert.Single(Fires(plan, Rule, "12:8-12:12"));
        Assert.Contains("still published on Mon 1 Mar 2027 (the first publication)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Follows_its_severity_and_suppressions()
    {
        var error = Assert.Single(Fires(Plan("Bilan 2016", policy: "policy\n  rule dated-content error\n\n"), Rule, "9:15-9:19"));
        Assert.Equal(Severity.Error, error.Severity);
        Silent(Plan("Bilan 2016", policy: "policy\n  rule dated-content off\n\n"), Rule);
        Silent(Plan("Bilan 2016").Replace("\"Bilan 2016\"", "\"Bilan 2016\"  # cmplan-ignore dated-content", StringComparison.Ordinal), Rule);
    }

    [Fact]
    public void Fix_inserts_expires_after_the_last_property()
    {
        var fixedPlan = FixRoundTrip(Plan("Bilan 2016", policy: Quiet), Rule);
        Assert.Equal(Quiet + "channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  text \"Bilan 2016\"\n  expires 2016-12-31\n", fixedPlan);

        var date = Plan("Soirée du 21/03/2027", "2027-03-14 12:00", "  repeat every 7d times 2\n", Quiet);
        Assert.EndsWith("  text \"Soirée du 21/03/2027\"\n  expires 2027-03-21\n", FixRoundTrip(date, Rule), StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_goes_after_a_text_block_with_the_block_indentation_and_crlf()
    {
        var plan = Quiet + "channel x\n\npost a\n    on x\n    at 2027-03-02 09:00\n    text\n      Bilan\n      2016\n";
        var expected = plan + "    expires 2016-12-31\n";
        var crlf = plan.Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.Equal(expected.Replace("\n", "\r\n", StringComparison.Ordinal), FixRoundTrip(crlf, Rule));
        var fix = Assert.Single(Assert.Single(Plans.Analyze(plan).Diagnostics, d => d.Rule == Rule).Fixes);
        Assert.True(fix.IsSafe);
        Assert.True(fix.IsPreferred);
        Assert.Equal("Add 'expires 2016-12-31'", fix.Title);
    }

    [Theory]
    [InlineData("text \"\\\"2016\\\"\"")]
    [InlineData("text \"\\n\\n\"")]
    [InlineData("text \"\\q 2016\"")]
    [InlineData("text \"31/12/2099 9999-99-99 00/00/0000 2016-\"")]
    [InlineData("text \"\uD800 2016 \uDFFF\"")]
    [InlineData("text")]
    [InlineData("text\n\t2016\n")]
    [InlineData("text \"https://2016\"")]
    public void Never_throws_on_odd_texts(string text)
    {
        var plan = $"channel x\n  limit 1\n\npost a\n  on x\n  at 9999-12-31 23:59\n  repeat every 1d\n  {text}\n";
        Assert.NotNull(Plans.Analyze(plan));
    }

    [Theory]
    [InlineData("en 2016 !", 3, 4, 2016, 12, 31)]
    [InlineData("(2016)", 1, 4, 2016, 12, 31)]
    [InlineData("le 29/02/2028.", 3, 10, 2028, 2, 29)]
    [InlineData("«2030»", 1, 4, 2030, 12, 31)]
    [InlineData("2099", 0, 4, 2099, 12, 31)]
    [InlineData("2000-01-01", 0, 10, 2000, 1, 1)]
    public void Finds_years_and_dates(string text, int start, int length, int year, int month, int day)
    {
        var mention = Assert.Single(DateMentions.Find(text));
        Assert.Equal(new DateMention(start, length, new LocalDate(year, month, day), length == 4), mention);
    }

    [Theory]
    [InlineData("\U0001D400" + "2016")]
    [InlineData("2016\U0001D400")]
    [InlineData("2016\u00E9")]
    [InlineData("\u06632016")]
    public void A_letter_or_digit_of_any_script_touching_it_is_not_a_mention(string text) => Assert.Empty(DateMentions.Find(text));

    [Fact]
    public void A_date_that_does_not_exist_leaves_its_year() =>
        Assert.Equal(new DateMention(6, 4, new LocalDate(2027, 12, 31), true), Assert.Single(DateMentions.Find("29/02/2027")));
}
