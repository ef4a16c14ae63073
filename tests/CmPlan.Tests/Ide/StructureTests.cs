using CmPlan.Analysis;
using CmPlan.Analysis.Ide.Structure;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Ide;

public class StructureTests
{
    private const string Plan =
        "# Spring\n" +                         // 0
        "# campaign\n" +                       // 1
        "plan \"Spring 2027\"\n" +             // 2
        "  timezone Europe/Paris\n" +          // 3
        "\n" +                                 // 4
        "channel x  # main\n" +                // 5
        "  slots weekdays 09:00 18:00\n" +     // 6
        "\n" +                                 // 7
        "post launch\n" +                      // 8
        "  on x\n" +                           // 9
        "  at 2027-03-02T09:00\n" +            // 10
        "  repeat every 7d times 2\n" +        // 11
        "  # one\n" +                          // 12
        "  # two\n" +                          // 13
        "  text\n" +                           // 14
        "    New #spring drop by @shop\n" +    // 15
        "    https://example.org/s.\n" +       // 16
        "\n";

    private static readonly AnalysisResult Result = Plans.Analyze(Plan);

    [Fact]
    public void Document_symbols_are_the_blocks_a_post_detailed_by_when_it_first_goes_out()
    {
        var symbols = DocumentSymbols.Of(Result);
        Assert.Equal(
            ["Spring 2027 (plan) [timezone=Europe/Paris]", "x (channel) []", "launch (post · 2027-03-02 09:00) []"],
            symbols.Select(s => $"{s.Name} ({s.Detail}) [{string.Join(", ", s.Children.Select(c => $"{c.Name}={c.Detail}"))}]"));
        Assert.Equal([SymbolKind.Plan, SymbolKind.Channel, SymbolKind.Post], symbols.Select(s => s.Kind));
        var post = symbols[2];
        Assert.Equal("launch", Result.Syntax.Source[post.SelectionSpan]);
        Assert.StartsWith("post launch", Result.Syntax.Source[post.Span], StringComparison.Ordinal);
        Assert.EndsWith("https://example.org/s.", Result.Syntax.Source[post.Span], StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_in_a_dst_gap_is_detailed_by_the_time_it_really_goes_out()
    {
        var plan = "plan \"Nuit\"\n  timezone Europe/Paris\n\nchannel x\n\npost nuit\n  on x\n  at 2027-03-28 02:30\n  text \"Nuit blanche 🌙\"\n";
        Assert.Equal("post · 2027-03-28 03:30", DocumentSymbols.Of(Plans.Analyze(plan))[^1].Detail);
    }

    [Fact]
    public void A_policy_is_named_by_its_keyword()
    {
        var symbol = Assert.Single(DocumentSymbols.Of(Plans.Analyze("policy\n  min-interval 7d\n")));
        Assert.Equal(("policy", SymbolKind.Policy, "min-interval"), (symbol.Name, symbol.Kind, Assert.Single(symbol.Children).Name));
    }

    [Fact]
    public void Folding_ranges_cover_blocks_text_blocks_and_comment_runs()
    {
        Assert.Equal(
            [
                new FoldingRange(0, 1, FoldingKind.Comment),
                new FoldingRange(2, 3, FoldingKind.Region),
                new FoldingRange(5, 6, FoldingKind.Region),
                new FoldingRange(8, 16, FoldingKind.Region),
                new FoldingRange(12, 13, FoldingKind.Comment),
                new FoldingRange(14, 16, FoldingKind.Region),
            ],
            FoldingRanges.Of(Result).ToArray());
    }

    [Fact]
    public void Semantic_tokens_classify_every_piece()
    {
        var source = Result.Syntax.Source;
        var shown = SemanticTokens.Of(Result).Select(t =>
            $"{source.GetLinePosition(t.Offset).Line}:{source.Text.Substring(t.Offset, t.Length)}={t.Type}{(t.Modifiers == SemanticTokenModifiers.None ? "" : "+" + t.Modifiers)}");
        Assert.Equal(
            [
                "0:# Spring=Comment", "1:# campaign=Comment",
                "2:plan=Keyword", "2:\"Spring 2027\"=String",
                "3:timezone=Property", "3:Europe/Paris=EnumMember",
                "5:channel=Keyword", "5:x=Variable+Declaration", "5:# main=Comment",
                "6:slots=Property", "6:weekdays=EnumMember", "6:09:00=Time", "6:18:00=Time",
                "8:post=Keyword", "8:launch=Variable+Declaration",
                "9:on=Property", "9:x=Variable",
                "10:at=Property", "10:2027-03-02=Date", "10:09:00=Time",
                "11:repeat=Property", "11:every=Keyword", "11:7d=Duration", "11:times=Keyword", "11:2=Number",
                "12:# one=Comment", "13:# two=Comment",
                "14:text=Property",
                "15:New =String", "15:#spring=Hashtag", "15: drop by =String", "15:@shop=Mention",
                "16:https://example.org/s=Url", "16:.=String",
            ],
            shown);
    }

    [Fact]
    public void A_quoted_text_is_split_around_hashtags_and_the_tokens_never_overlap()
    {
        var result = Plans.Analyze("post a\n  on x\n  at 2027-03-02 09:00\n  text \"Go #now\" # note\n  link https://e.org\n");
        var tokens = SemanticTokens.Of(result);
        var source = result.Syntax.Source;
        Assert.Contains(tokens, t => source.Text.Substring(t.Offset, t.Length) == "\"Go " && t.Type == SemanticTokenType.String);
        Assert.Contains(tokens, t => source.Text.Substring(t.Offset, t.Length) == "#now" && t.Type == SemanticTokenType.Hashtag);
        Assert.Contains(tokens, t => source.Text.Substring(t.Offset, t.Length) == "https://e.org" && t.Type == SemanticTokenType.Url);
        Assert.All(tokens.Zip(tokens.Skip(1)), pair => Assert.True(pair.First.Offset + pair.First.Length <= pair.Second.Offset));
    }

    [Fact]
    public void A_variants_channels_are_references_its_text_content_and_a_variant_block_content_too()
    {
        var result = Plans.Analyze("post a\n  on x, insta\n  at 2027-03-02 09:00\n  status review\n  text x, insta \"Go #now\"\n  text linkedin\n    Le #printemps\n");
        var tokens = SemanticTokens.Of(result);
        var source = result.Syntax.Source;
        string[] pieces = [.. tokens.Select(t => $"{source.Text.Substring(t.Offset, t.Length)}:{t.Type}")];
        Assert.Contains("x:Variable", pieces);
        Assert.Contains("insta:Variable", pieces);
        Assert.Contains("\"Go :String", pieces);
        Assert.Contains("#now:Hashtag", pieces);
        Assert.Contains("linkedin:Variable", pieces);
        Assert.Contains("#printemps:Hashtag", pieces);
        Assert.Contains("review:EnumMember", pieces);
        Assert.All(tokens.Zip(tokens.Skip(1)), pair => Assert.True(pair.First.Offset + pair.First.Length <= pair.Second.Offset));
    }

    [Fact]
    public void The_legend_names_every_type_and_modifier()
    {
        Assert.Equal(Enum.GetValues<SemanticTokenType>().Length, SemanticTokenLegend.TokenTypes.Count);
        Assert.Single(SemanticTokenLegend.TokenModifiers);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_gives_well_formed_structure(string example)
    {
        var result = Plans.Analyze(File.ReadAllText(Path.Combine(Repo.Examples, example)));
        var source = result.Syntax.Source;
        var tokens = SemanticTokens.Of(result);
        Assert.All(tokens, t =>
        {
            Assert.True(t.Length > 0);
            Assert.Equal(source.FindLine(t.Offset), source.FindLine(t.Offset + t.Length - 1));
        });
        Assert.All(tokens.Zip(tokens.Skip(1)), pair => Assert.True(pair.First.Offset + pair.First.Length <= pair.Second.Offset));
        Assert.All(FoldingRanges.Of(result), r => Assert.True(r.StartLine < r.EndLine));
        Assert.All(DocumentSymbols.Of(result).SelectMany(s => s.Children.Prepend(s)), s =>
            Assert.True(s.Span.Start <= s.SelectionSpan.Start && s.SelectionSpan.End <= s.Span.End));
    }

    public static TheoryData<string> Examples() => Repo.ExamplePlans();
}
