using CmPlan.Analysis.Diagnostics;
using static CmPlan.Tests.Support.RuleAssert;

namespace CmPlan.Tests.Rules;

public class WhitespaceRuleTests
{
    private const string Rule = RuleIds.Whitespace;
    private const string Advice = " Remove them: stray blanks show as uneven gaps, or are trimmed differently by each network.";
    private const string AdviceOne = " Remove it: stray blanks show as uneven gaps, or are trimmed differently by each network.";

    /// <summary>A quoted text on line 6: its opening quote is column 8, its first character column 9.</summary>
    private static string Quoted(string text, string policy = "") =>
        $"{policy}channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  text \"{text}\"\n";

    /// <summary>A text block from line 7, its lines indented by 4.</summary>
    private static string Block(params string[] lines) =>
        "channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  text\n" + string.Concat(lines.Select(l => l.Length == 0 ? "\n" : $"    {l}\n"));

    [Fact]
    public void Fires_on_blanks_in_a_row()
    {
        var diagnostic = Assert.Single(Fires(Quoted("Bonjour  le monde"), Rule, "6:16-6:18"));
        Assert.Equal(Severity.Hint, diagnostic.Severity);
        Assert.Equal("The text has 2 blanks in a row." + Advice, diagnostic.Message);
    }

    [Fact]
    public void Fires_on_blanks_at_either_end_of_a_quoted_text()
    {
        Assert.Equal("The text ends with 1 blank." + AdviceOne, Assert.Single(Fires(Quoted("Bonjour "), Rule, "6:16-6:17")).Message);
        Assert.Equal("The text starts with 2 blanks." + Advice, Assert.Single(Fires(Quoted("  Bonjour"), Rule, "6:9-6:11")).Message);
        Assert.Equal("The text ends with 1 blank." + AdviceOne, Assert.Single(Fires(Quoted("Bonjour\t"), Rule, "6:16-6:17")).Message);
    }

    [Fact]
    public void One_diagnostic_per_line_from_the_first_to_the_last_stray_blank()
    {
        var diagnostic = Assert.Single(Fires(Quoted(" Bonjour  le   monde  "), Rule, "6:9-6:31"));
        Assert.Equal("The text starts with 1 blank, has 2 runs of blanks in a row and ends with 2 blanks." + Advice, diagnostic.Message);
        Assert.Equal("The text is only blanks." + Advice, Assert.Single(Fires(Quoted("   "), Rule, "6:9-6:12")).Message);
    }

    [Theory]
    [InlineData("Bonjour le monde")]
    [InlineData("Bonjour\tle monde")]
    [InlineData("Prêts\u00A0? C’est parti\u00A0!")]
    [InlineData("Ligne\\n suivante")]
    [InlineData("")]
    public void Silent_on_single_blanks_and_non_breaking_spaces(string text) => Silent(Quoted(text), Rule);

    [Fact]
    public void Silent_on_blanks_outside_the_quotes() =>
        Silent("channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  text \"Bonjour\"   \n", Rule);

    [Fact]
    public void In_a_text_block_each_line_is_checked_but_its_indentation_is_not()
    {
        var plan = Block("Bonjour  le monde", "  - un retrait voulu", "", "Fin ");
        var diagnostics = Fires(plan, Rule, "7:12-7:14", "10:8-10:9");
        Assert.Equal("This line of the text has 2 blanks in a row." + Advice, diagnostics[0].Message);
        Assert.Equal("This line of the text ends with 1 blank." + AdviceOne, diagnostics[1].Message);
    }

    [Fact]
    public void Whitespace_only_lines_inside_a_text_block_are_not_reported()
    {
        var plan = "channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  text\n    Bonjour\n      \n    Fin\n";
        Silent(plan, Rule);
    }

    [Fact]
    public void Follows_its_severity()
    {
        var warning = Assert.Single(Fires(Quoted("a  b", "policy\n  rule whitespace warning\n\n"), Rule, "9:10-9:12"));
        Assert.Equal(Severity.Warning, warning.Severity);
        Silent(Quoted("a  b", "policy\n  rule whitespace off\n\n"), Rule);
    }

    [Fact]
    public void Can_be_silenced_on_the_line_or_for_the_block()
    {
        Silent(Quoted("a  b").Replace("\"a  b\"", "\"a  b\"  # cmplan-ignore whitespace", StringComparison.Ordinal), Rule);
        Silent(Block("a  b").Replace("post a", "# cmplan-ignore whitespace\npost a", StringComparison.Ordinal), Rule);
    }

    [Fact]
    public void Fix_deletes_the_ends_and_collapses_the_runs()
    {
        Assert.Equal(Quoted("Bonjour le monde"), FixRoundTrip(Quoted(" Bonjour  le \t monde  "), Rule));
        Assert.Equal(Quoted("Bonjour"), FixRoundTrip(Quoted("Bonjour "), Rule));
        Assert.Equal(Quoted(""), FixRoundTrip(Quoted("   "), Rule));
    }

    [Fact]
    public void Fix_is_safe_and_preferred()
    {
        var fix = Assert.Single(Assert.Single(Fires(Quoted("a  b"), Rule, "6:10-6:12")).Fixes);
        Assert.True(fix.IsSafe);
        Assert.True(fix.IsPreferred);
        Assert.Equal("Remove the stray blanks", fix.Title);
    }

    [Fact]
    public void Fix_in_a_text_block_touches_only_that_line()
    {
        var plan = Block("Bonjour  le monde", "  - un retrait voulu", "Fin ");
        Assert.Equal(Block("Bonjour le monde", "  - un retrait voulu", "Fin "), FixRoundTrip(plan, Rule));
    }

    [Fact]
    public void Fix_keeps_crlf_line_endings()
    {
        var crlf = Block("Bonjour  le monde", "Fin  ").Replace("\n", "\r\n", StringComparison.Ordinal);
        var once = FixRoundTrip(crlf, Rule);
        Assert.Equal(Block("Bonjour le monde", "Fin  ").Replace("\n", "\r\n", StringComparison.Ordinal), once);
        Assert.Equal(Block("Bonjour le monde", "Fin").Replace("\n", "\r\n", StringComparison.Ordinal), FixRoundTrip(once, Rule));
    }
}
