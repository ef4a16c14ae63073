using System.Text;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Rules.Content;
using CmPlan.Tests.Support;
using static CmPlan.Tests.Support.RuleAssert;

namespace CmPlan.Tests.Rules;

public class DuplicateContentRuleTests
{
    private const string Rule = RuleIds.DuplicateContent;
    private const string Soldes = "Les soldes commencent !";

    /// <summary>A post block of 5 lines after a blank line: header on the 2nd, text on the 5th (6th with an extra line).</summary>
    private static string Post(string id, string at, string text = Soldes, string on = "x", string extra = "") =>
        $"\npost {id}\n  on {on}\n  at {at}\n{extra}  text \"{text}\"\n";

    private static string Range(int line, string text = Soldes) => $"{line}:8-{line}:{8 + text.Length + 2}";

    [Fact]
    public void Fires_on_the_text_declared_later_pointing_at_the_other()
    {
        var plan = "channel x\n" + Post("a", "2027-03-02 09:00") + Post("b", "2027-03-05 09:00");
        var result = Plans.Analyze(plan);
        var diagnostic = Assert.Single(Fires(plan, Rule, Range(11)));
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(
            "Same text as post 'a' (case and spacing aside), and both are published on channel 'x' less than 7 days apart (min-interval 7d): "
            + "post 'a' on Tue 2 Mar 2027 09:00, this one on Fri 5 Mar 2027 09:00. Reword one of them, or space them out.",
            diagnostic.Message);
        var related = Assert.Single(diagnostic.Related);
        Assert.Equal("The same text, in post 'a'.", related.Message);
        var range = result.Syntax.Source.GetLineRange(related.Span);
        Assert.Equal((5, 7, 5, 32), (range.Start.Line, range.Start.Character, range.End.Line, range.End.Character));
        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void A_combining_accent_is_the_same_letter()
    {
        // "Été" typed with a combining accent (E + U+0301) in one post, precomposed (U+00C9) in the other: the same text in NFC.
        var combining = "E\u0301te\u0301 a\u0300 Grasse : la lavande est en fleur 💜";
        var precomposed = "\u00C9t\u00E9 \u00E0 Grasse : la lavande est en fleur 💜";
        var plan = "channel x\n" + Post("a", "2027-06-02 09:00", combining) + Post("b", "2027-06-05 09:00", precomposed);
        var diagnostic = Assert.Single(Fires(plan, Rule, Range(11, precomposed)));
        Assert.StartsWith("Same text as post 'a' (case and spacing aside)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(DuplicateContentRule.Normalize(precomposed), DuplicateContentRule.Normalize(combining));
        Silent("channel x\n" + Post("a", "2027-06-02 09:00", combining) + Post("b", "2027-06-05 09:00", precomposed.Replace("\u00E9", "e", StringComparison.Ordinal)), Rule);
    }

    [Fact]
    public void Case_and_blanks_do_not_make_a_text_different()
    {
        var block = "\npost b\n  on x\n  at 2027-03-05 09:00\n  text\n    LES SOLDES\n      commencent\t!\n";
        Fires("channel x\n" + Post("a", "2027-03-02 09:00", "  les soldes  commencent ! ") + block, Rule, "12:1-13:19");
        Silent("channel x\n" + Post("a", "2027-03-02 09:00", "Les soldes commencent!") + Post("b", "2027-03-05 09:00"), Rule);
    }

    [Fact]
    public void Silent_at_exactly_min_interval()
    {
        Silent("channel x\n" + Post("a", "2027-03-02 09:00") + Post("b", "2027-03-09 09:00"), Rule);
        Fires("channel x\n" + Post("a", "2027-03-02 09:00") + Post("b", "2027-03-09 08:59"), Rule, Range(11));
    }

    [Fact]
    public void A_week_across_a_dst_change_is_a_week()
    {
        const string Paris = "plan \"P\"\n  timezone Europe/Paris\n\nchannel x\n";
        Silent(Paris + Post("a", "2027-03-21 09:00") + Post("b", "2027-03-28 09:00"), Rule);
        Fires(Paris + Post("a", "2027-03-21 09:00") + Post("b", "2027-03-28 08:59"), Rule, Range(14));
    }

    [Fact]
    public void Only_a_common_channel_counts()
    {
        const string Channels = "channel x\n\nchannel threads";
        Silent(Channels + "\n" + Post("a", "2027-03-02 09:00") + Post("b", "2027-03-03 09:00", on: "threads"), Rule);
        Fires(Channels + "\n" + Post("a", "2027-03-02 09:00") + Post("b", "2027-03-03 09:00", on: "threads, x"), Rule, Range(13));
    }

    [Fact]
    public void Reposts_count_and_the_message_names_the_closest_publications()
    {
        var plan = "channel x\n" + Post("a", "2027-03-02 09:00", extra: "  repeat every 7d times 3\n") + Post("b", "2027-03-20 09:00");
        var diagnostic = Assert.Single(Fires(plan, Rule, Range(12)));
        Assert.Contains("post 'a' on Tue 16 Mar 2027 09:00, this one on Sat 20 Mar 2027 09:00.", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Either_order_in_time_is_reported_on_the_later_declaration()
    {
        var diagnostic = Assert.Single(Fires("channel x\n" + Post("late", "2027-03-05 09:00") + Post("early", "2027-03-02 09:00"), Rule, Range(11)));
        Assert.Contains("post 'late' on Fri 5 Mar 2027 09:00, this one on Tue 2 Mar 2027 09:00.", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Once_per_pair()
    {
        var plan = "channel x\n" + Post("a", "2027-03-02 09:00", extra: "  repeat every 7d times 5\n")
            + Post("b", "2027-03-03 09:00", extra: "  repeat every 7d times 5\n") + Post("c", "2027-03-04 09:00");
        var diagnostics = Fires(plan, Rule, Range(13), Range(18), Range(18));
        Assert.StartsWith("Same text as post 'a'", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("Same text as post 'a'", diagnostics[1].Message, StringComparison.Ordinal);
        Assert.StartsWith("Same text as post 'b'", diagnostics[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Queue_items_are_posts_like_the_others()
    {
        var plan = "channel x\n\nqueue q\n  on x\n  slots daily 09:00\n  start 2027-03-01\n"
            + $"\npost i1\n  queue q\n  text \"{Soldes}\"\n" + $"\npost i2\n  queue q\n  text \"{Soldes}\"\n";
        var diagnostic = Assert.Single(Fires(plan, Rule, Range(14)));
        Assert.Contains("post 'i1' on Mon 1 Mar 2027 09:00, this one on Tue 2 Mar 2027 09:00.", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_is_not_a_duplicate_of_itself_and_empty_texts_are_not_duplicates()
    {
        Silent("channel x\n" + Post("a", "2027-03-02 09:00", extra: "  repeat every 1d times 5\n"), Rule);
        Silent("channel x\n" + Post("a", "2027-03-02 09:00", " ") + Post("b", "2027-03-02 10:00", ""), Rule);
    }

    [Fact]
    public void Follows_the_policy_its_severity_and_suppressions()
    {
        var posts = Post("a", "2027-03-02 09:00") + Post("b", "2027-03-05 09:00");
        Silent("policy\n  min-interval 3d\n\nchannel x\n" + posts, Rule);
        Fires("policy\n  min-interval 4d\n\nchannel x\n" + posts, Rule, Range(14));
        var error = Assert.Single(Fires("policy\n  rule duplicate-content error\n\nchannel x\n" + posts, Rule, Range(14)));
        Assert.Equal(Severity.Error, error.Severity);
        Silent("policy\n  rule duplicate-content off\n\nchannel x\n" + posts, Rule);
        var silenced = posts.Replace("post b", "# cmplan-ignore duplicate-content\npost b", StringComparison.Ordinal);
        Silent("channel x\n" + silenced, Rule);
    }

    [Fact]
    public void Normalizes_case_and_blanks()
    {
        Assert.Equal("les soldes commencent !", DuplicateContentRule.Normalize("  LES\tsoldes\n\ncommencent\u00A0! "));
        Assert.Equal(string.Empty, DuplicateContentRule.Normalize(" \n\t"));

        // Invariant globalization still lower-cases beyond ASCII.
        Assert.Equal("été à l’œuvre", DuplicateContentRule.Normalize("ÉTÉ À L’ŒUVRE"));
    }

    [Fact]
    public void A_post_past_its_partners_on_the_channel_declared_first_is_not_reported_on_the_next()
    {
        // 'z' shares its text for x with ten posts and its text for y with ten others: the channels
        // are looked at in declaration order (y, then x), and a copy is reported against ten at most.
        var plan = new StringBuilder("channel y\nchannel x\n");
        for (var i = 0; i < 10; i++)
        {
            plan.Append(Post($"sur-x-{i}", $"2027-03-0{1 + (i % 5)} 09:0{i % 10}", "Promo d’été 🌞 #soldes", on: "x"));
            plan.Append(Post($"sur-y-{i}", $"2027-03-0{1 + (i % 5)} 10:0{i % 10}", "Nouveautés de la semaine", on: "y"));
        }

        plan.Append("\npost z\n  on x, y\n  at 2027-03-06 09:00\n  text \"Nouveautés de la semaine\"\n  text x \"Promo d’été 🌞 #soldes\"\n");
        var onZ = Plans.Analyze(plan.ToString()).Diagnostics.Where(d => d.Rule == Rule && d.Message.Contains("this one on Sat 6 Mar", StringComparison.Ordinal)).ToList();
        Assert.Equal(DuplicateContentRule.MaxPartners, onZ.Count);
        Assert.All(onZ, d => Assert.Contains("on channel 'y'", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Stays_linear_on_many_posts_with_the_same_text()
    {
        var plan = new StringBuilder("channel x\n");
        for (var i = 0; i < 2000; i++)
        {
            plan.Append(Post($"p{i}", At(i), extra: "  repeat every 7d times 1\n"));
        }

        var found = Plans.Analyze(plan.ToString()).Diagnostics.Count(d => d.Rule == Rule);
        Assert.Equal(2000 - 1, found);

        // Post i is at day 7i, its repost at day 7i + 7 - 1 hour: only neighbours come close.
        static string At(int i) => $"{new NodaTime.LocalDate(2027, 1, 1).PlusDays(7 * i):yyyy-MM-dd} {(i % 2 == 0 ? "09:00" : "08:00")}";
    }
}
