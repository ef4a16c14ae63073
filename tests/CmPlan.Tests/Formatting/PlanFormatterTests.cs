using CmPlan.Analysis.Formatting;
using CmPlan.Grammar.Parsing;
using CmPlan.Grammar.Text;

namespace CmPlan.Tests.Formatting;

public class PlanFormatterTests
{
    [Theory]
    [InlineData("post   a  \n    on    x\n", "post a\n  on x\n")]
    [InlineData("post a\n on x\n at 2027-03-02 09:00\n", "post a\n  on x\n  at 2027-03-02 09:00\n")]
    [InlineData("post a\n  slots weekdays 09:00   12:30\n", "post a\n  slots weekdays 09:00   12:30\n")]
    [InlineData("post a\n  text \"a   b  \"   \n", "post a\n  text \"a   b  \"\n")]
    [InlineData("post a\n  on\n", "post a\n  on\n")]
    [InlineData("policy  \n", "policy\n")]
    [InlineData("post a#b  #c\n", "post a#b  #c\n")]
    [InlineData("post a\n  on x\t\tand\ty\n", "post a\n  on x\t\tand\ty\n")]
    public void Headers_keys_and_values(string input, string expected) => AssertFormats(input, expected);

    [Theory]
    [InlineData("post a # c\n", "post a  # c\n")]
    [InlineData("post a\t\t#   c   \n", "post a  #   c\n")]
    [InlineData("post a\n  on x #\n", "post a\n  on x  #\n")]
    [InlineData("post a\n  link https://x.org/#a   # real\n", "post a\n  link https://x.org/#a  # real\n")]
    [InlineData("plan \"A # B\"      # c\n", "plan \"A # B\"  # c\n")]
    [InlineData("post a\n  text    # c\n    t\n", "post a\n  text  # c\n    t\n")]
    public void Trailing_comments_get_two_spaces(string input, string expected) => AssertFormats(input, expected);

    [Theory]
    [InlineData("   # top\npost a\n", "# top\npost a\n")]
    [InlineData("# top  \n\n\n# more\npost a\n", "# top\n\n# more\npost a\n")]
    [InlineData("post a\n# in\n      # deeper\n  on x\n", "post a\n  # in\n  # deeper\n  on x\n")]
    [InlineData("post a\n  on x\n# end\n", "post a\n  on x\n# end\n")]
    [InlineData("post a\n  on x\n# about b\npost b\n", "post a\n  on x\n\n# about b\npost b\n")]
    [InlineData("post a\n  on x\n# after a\n\npost b\n", "post a\n  on x\n# after a\n\npost b\n")]
    [InlineData("post a\n  on x\n\n\n# after a\n\n\n# about b\npost b\n", "post a\n  on x\n\n# after a\n\n# about b\npost b\n")]
    public void Comment_lines(string input, string expected) => AssertFormats(input, expected);

    [Theory]
    [InlineData("\n\n\npost a\n\n\n  on x\n\n\n\n  at y\n\n\n", "post a\n  on x\n\n  at y\n")]
    [InlineData("post a\npost b\n  on x\npost c\n", "post a\n\npost b\n  on x\n\npost c\n")]
    [InlineData("post a\n   \n\t\n  on x\n", "post a\n  on x\n")]
    [InlineData("post a\n\n# c\n", "post a\n\n# c\n")]
    [InlineData("post a\n  on x\n\n  # c\n\npost b\n", "post a\n  on x\n\n  # c\n\npost b\n")]
    [InlineData("post a\n  on x", "post a\n  on x\n")]
    [InlineData("# only a comment", "# only a comment\n")]
    [InlineData("", "")]
    [InlineData("\n\n  \n", "")]
    public void Blank_lines(string input, string expected) => AssertFormats(input, expected);

    [Theory]
    [InlineData("post a\n  text\n    un\n", "post a\n  text\n    un\n")]
    [InlineData("post a\n    text\n          un\n            deux\n", "post a\n  text\n    un\n      deux\n")]
    [InlineData("post a\n text\n  un\n", "post a\n  text\n    un\n")]
    [InlineData("post a\n  text\n    un  \n      \n\n\n    deux\t\n", "post a\n  text\n    un  \n\n\n\n    deux\t\n")]
    [InlineData("post a\n  text\n\n      un\n", "post a\n  text\n\n    un\n")]
    [InlineData("post a\n  text\n    #tag\n  # comment\n", "post a\n  text\n    #tag\n  # comment\n")]
    [InlineData("post a\n  text\n    un\n\n\n  on x\n", "post a\n  text\n    un\n\n  on x\n")]
    [InlineData("post a\n  text\n    un\n\n\n", "post a\n  text\n    un\n")]
    [InlineData("post a\n  text\n  on x\n", "post a\n  text\n  on x\n")]
    public void Text_blocks(string input, string expected) => AssertFormats(input, expected);

    [Fact]
    public void Crlf_is_kept_everywhere()
    {
        const string Input = "# top\r\npost a  # c\r\n    on x\r\n\r\n\r\n    text\r\n      un  \r\n\r\n      #deux\r\npost b";
        AssertFormats(Input, "# top\r\npost a  # c\r\n  on x\r\n\r\n  text\r\n    un  \r\n\r\n    #deux\r\n\r\npost b\r\n");
    }

    [Fact]
    public void Lone_cr_is_kept_everywhere() =>
        AssertFormats("post a\r   on x\r\rpost b\r", "post a\r  on x\r\rpost b\r");

    [Fact]
    public void Mixed_line_endings_become_the_first_one() =>
        AssertFormats("post a\r\n  on x\n  at y\r  text\n    un\r\n", "post a\r\n  on x\r\n  at y\r\n  text\r\n    un\r\n");

    [Fact]
    public void A_single_line_gets_lf() => AssertFormats("post a", "post a\n");

    [Fact]
    public void The_bom_is_left_to_the_caller()
    {
        var source = SourceText.FromBytes([0xEF, 0xBB, 0xBF, .. "post a\n on x\n"u8]);
        Assert.Equal("post a\n  on x\n", PlanFormatter.Format(source).Text);
    }

    [Fact]
    public void Text_contents_are_kept_exactly()
    {
        const string Input = "post a\n      text\n         Bonjour 👋  \n\n           #hashtag\n        moins\n         \n\n         fin.\t\n\n  ";
        var before = PlanParser.Parse(Input).Blocks.Single().Properties.Single().TextBlock;
        var formatted = FormatAssert.KeepsThePlan(SourceText.From(Input));
        var after = PlanParser.Parse(formatted).Blocks.Single().Properties.Single().TextBlock;
        Assert.Equal(" Bonjour 👋  \n\n   #hashtag\nmoins\n\n\n fin.\t", before?.Content);
        Assert.Equal(before?.Content, after?.Content);
        Assert.Equal("post a\n  text\n     Bonjour 👋  \n\n       #hashtag\n    moins\n\n\n     fin.\t\n", formatted);
    }

    [Fact]
    public void A_megabyte_long_text_line_is_copied()
    {
        var line = string.Concat(Enumerable.Repeat("Bonjour #tag 👋 ", 70_000));
        var formatted = FormatAssert.KeepsThePlan(SourceText.From("post a\n      text\n          " + line + "\n"));
        Assert.Equal("post a\n  text\n    " + line + "\n", formatted);
    }

    [Theory]
    [InlineData("post a\n  on x\n  : bad\n", "not formatted: line 3, column 3: This line cannot be read as a property: expected a key followed by its value, like 'at 2027-03-02 09:00'.")]
    [InlineData("post a\n  on x\n   at y\n", "not formatted: line 3, column 4: This property is indented by 3 spaces but the block's first property by 2: properties of one block line up.")]
    [InlineData("# c\npots a\n  on x\n", "not formatted: line 2, column 1: 'pots' does not start a block: a line at column 0 starts with plan, policy, channel, queue or post. Did you mean 'post'? The lines under it were skipped.")]
    [InlineData("post: a\n", "not formatted: line 1, column 1: This line at column 0 cannot be read as a block header: expected plan, policy, channel, queue or post. The lines under it were skipped.")]
    [InlineData("  on x\n", "not formatted: line 1, column 3: This indented line is not inside a block: start a block with plan, policy, channel, queue or post at column 0.")]
    [InlineData("post a\n  text\n    un\n   \tdeux\npots\n", "not formatted: line 5, column 1: 'pots' does not start a block: a line at column 0 starts with plan, policy, channel, queue or post. Did you mean 'post'? The lines under it were skipped.")]
    public void A_syntax_error_is_refused_naming_the_first_one(string input, string refusal)
    {
        var result = PlanFormatter.Format(SourceText.From(input));
        Assert.False(result.Succeeded);
        Assert.Null(result.Text);
        Assert.Equal(refusal, result.Refusal);
        Assert.DoesNotContain('\n', refusal);
    }

    [Fact]
    public void The_refusal_is_said_in_French_when_asked()
    {
        var result = PlanFormatter.Format(SourceText.From("# c\npots a\n  on x\n"), CmPlan.Analysis.Localization.Language.French);
        Assert.Equal(
            "non mis en forme\u202F: ligne 2, colonne 1\u202F: «\u202Fpots\u202F» ne commence pas un bloc\u202F: une ligne en colonne 0 commence par plan, policy, channel, queue ou post. Vouliez-vous dire «\u202Fpost\u202F»\u202F? Les lignes en dessous ont été ignorées.",
            result.Refusal);
    }

    [Theory]
    [InlineData("post a\n\ton x\n\tat 2027-03-02 09:00\n\ttext\n\t\tBonjour 👋\n\t\t\t#printemps\n", "post a\n  on x\n  at 2027-03-02 09:00\n  text\n    Bonjour 👋\n      #printemps\n")]
    [InlineData("post a\n    on x\n\tat 2027-03-02 09:00\n", "post a\n  on x\n  at 2027-03-02 09:00\n")]
    [InlineData("post a\r\n  text\r\n  \tBonjour\r\n", "post a\r\n  text\r\n    Bonjour\r\n")]
    public void Tabs_in_indentation_are_repaired_not_refused(string input, string formatted)
    {
        var result = PlanFormatter.Format(SourceText.From(input));
        Assert.Equal(formatted, result.Text);
    }

    [Fact]
    public void Invalid_utf8_is_refused()
    {
        var result = PlanFormatter.Format(SourceText.FromBytes([.. "post a\n  on x\n  text \"caf"u8, 0xE9, .. "\"\n  at y\n\tbad\n"u8]));
        Assert.Null(result.Text);
        Assert.Equal("not formatted: line 3, column 12: The file is not valid UTF-8 (byte 25); it was read with replacement characters. Save it as UTF-8.", result.Refusal);
    }

    [Fact]
    public void A_formatted_file_is_left_as_it_is()
    {
        const string Canonical = "# Printemps\nplan \"Printemps 2027\"\n  timezone Europe/Paris\n\npost a  # c\n  on x, insta\n  # note\n  text\n    un\n\n      deux\n\n  link https://x.org/#a\n";
        AssertFormats(Canonical, Canonical);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Generated_plans_keep_their_meaning_and_reach_a_fixpoint(int seed)
    {
        var random = new Random(seed);
        var checkedPlans = 0;
        for (var i = 0; i < 150; i++)
        {
            var text = GeneratedPlan.Write(random);
            if (PlanParser.Parse(text).Diagnostics.Length == 0)
            {
                FormatAssert.KeepsThePlan(SourceText.From(text));
                checkedPlans++;
            }
        }

        Assert.True(checkedPlans > 100, $"only {checkedPlans} generated plans were free of syntax errors");
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Mutated_plans_are_formatted_safely_or_refused(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 200; i++)
        {
            var source = SourceText.From(GeneratedPlan.Mutate(random, GeneratedPlan.Write(random)));
            var syntax = PlanParser.Parse(source);
            if (syntax.Diagnostics.Length == 0)
            {
                FormatAssert.KeepsThePlan(source);
                continue;
            }

            var result = PlanFormatter.Format(source);
            if (syntax.Diagnostics.All(TabRepair.IsTabIndentation))
            {
                // Repaired, or refused for what the repair revealed (a tab line deeper than its block's properties).
                Assert.True(!result.Succeeded ? !result.Refusal.Contains("tab", StringComparison.Ordinal) : PlanParser.Parse(SourceText.From(result.Text)).Diagnostics.IsEmpty, result.Refusal + "\n" + source.Text);
                continue;
            }

            Assert.Null(result.Text);
            var line = source.GetLinePosition(syntax.Diagnostics.Where(d => !TabRepair.IsTabIndentation(d)).Min(d => d.Span.Start)).Line + 1;
            Assert.StartsWith($"not formatted: line {line},", result.Refusal, StringComparison.Ordinal);
        }
    }

    private static void AssertFormats(string input, string expected)
    {
        var source = SourceText.From(input);
        if (PlanParser.Parse(source).Diagnostics.Length == 0)
        {
            Assert.Equal(expected, FormatAssert.KeepsThePlan(source));
        }
        else
        {
            Assert.Fail(PlanFormatter.Format(source).Refusal);
        }
    }
}
