using System.Text;
using CmPlan.Grammar.Parsing;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;

namespace CmPlan.Tests.Grammar;

/// <summary>
/// Hostile and odd inputs: the parser never throws, every span stays inside the document, and a
/// mistake yields exactly one diagnostic with parsing resuming where the contract says.
/// </summary>
public class ParserResilienceTests
{
    private const string UnreadableProperty =
        "This line cannot be read as a property: expected a key followed by its value, like 'at 2027-03-02 09:00'.";

    private static string Tab(int spaces) => $"A tab is used for indentation: indent with spaces ({spaces} spaces here); 'cmplan format' repairs it.";

    private const int TenMegabytes = 10 * 1024 * 1024;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(42)]
    [InlineData(2027)]
    public void Binary_junk_never_throws(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 20; round++)
        {
            var bytes = new byte[random.Next(0, 4096)];
            random.NextBytes(bytes);
            Check(SourceText.FromBytes(bytes));
        }
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    public void Plan_shaped_junk_never_throws(int seed)
    {
        // Random bytes drawn mostly from the characters that steer the layout pass.
        var alphabet = "post channel text on  \t#\"\\\n\r\n\r:-_é👋x09"u8.ToArray();
        var random = new Random(seed);
        for (var round = 0; round < 50; round++)
        {
            var bytes = new byte[random.Next(0, 2048)];
            for (var i = 0; i < bytes.Length; i++)
            {
                bytes[i] = random.Next(8) == 0 ? (byte)random.Next(256) : alphabet[random.Next(alphabet.Length)];
            }

            Check(SourceText.FromBytes(bytes));
        }
    }

    [Fact]
    public void Invalid_utf8_is_one_diagnostic_at_the_first_bad_byte()
    {
        var doc = Check(SourceText.FromBytes([.. "post a\n  on x"u8, 0xC3, 0xFF, .. "\n  at y\n"u8]));
        Assert.Equal(["2:7-2:8 The file is not valid UTF-8 (byte 13); it was read with replacement characters. Save it as UTF-8."], Diagnostics(doc));
        Assert.Equal(["on", "at"], Keys(doc));
    }

    [Fact]
    public void A_ten_megabyte_value_is_read_whole()
    {
        var value = new string('v', TenMegabytes);
        var doc = Check($"post a\n  tags {value}  # end\n  on x\n");
        Assert.Empty(doc.Diagnostics);
        var tags = doc.Blocks.Single().Properties.First();
        Assert.Equal(TenMegabytes, tags.Value?.Text.Length);
        Assert.Equal("# end", tags.TrailingComment?.Text);
    }

    [Fact]
    public void A_ten_megabyte_word_at_column_0_skips_one_block()
    {
        var doc = Check(new string('a', TenMegabytes) + "\n  on x\npost b\n");
        var diagnostic = Assert.Single(doc.Diagnostics);
        Assert.Equal(new TextSpan(0, TenMegabytes), diagnostic.Span);
        Assert.True(diagnostic.Message.Length < 300, "the message quotes a long word shortened");
        Assert.Equal("b", doc.Blocks.Single().Argument?.Text);
    }

    [Fact]
    public void A_ten_megabyte_key_is_read_whole()
    {
        var doc = Check("post a\n  " + new string('k', TenMegabytes) + " v\n");
        Assert.Empty(doc.Diagnostics);
        Assert.Equal(TenMegabytes, doc.Blocks.Single().Properties.Single().Key.Text.Length);
    }

    [Fact]
    public void A_ten_megabyte_line_of_quotes_and_hashes_never_throws()
    {
        var builder = new StringBuilder("post a\n  text ");
        var random = new Random(5);
        while (builder.Length < TenMegabytes)
        {
            builder.Append("\"# \\x"[random.Next(5)]);
        }

        Check(builder.ToString());
        Check(builder.ToString().Replace('\n', ' '));
    }

    [Fact]
    public void Lone_surrogates_are_ordinary_characters()
    {
        var doc = Check("post \uD800a\n  on \uDC00\n  text \"\uD83D\"  # \uDFFF\n\uDC00\n  at x\n");
        Assert.Equal(["4:1-4:2 This line at column 0 cannot be read as a block header: expected plan, policy, channel, queue or post. The lines under it were skipped."], Diagnostics(doc));
        var block = doc.Blocks.Single();
        Assert.Equal("\uD800a", block.Argument?.Text);
        Assert.Equal(["\uDC00", "\"\uD83D\""], block.Properties.Select(p => p.Value?.Text));
        Assert.Equal("# \uDFFF", block.Properties.Last().TrailingComment?.Text);
    }

    [Fact]
    public void Lone_cr_ends_lines()
    {
        var doc = Check("post a\r  on x\r\r  at 2027-03-02 09:00\r");
        Assert.Empty(doc.Diagnostics);
        Assert.Equal("\r", doc.Source.LineEnding);
        Assert.Equal(5, doc.Source.Lines.Length);
        Assert.Equal(["x", "2027-03-02 09:00"], doc.Blocks.Single().Properties.Select(p => p.Value?.Text));
    }

    [Fact]
    public void Crlf_is_not_part_of_any_token()
    {
        var doc = Check("post a  # hi\r\n  on x\r\n  text\r\n    Bonjour  \r\n\r\n    #tag\r\n");
        Assert.Empty(doc.Diagnostics);
        Assert.Equal("\r\n", doc.Source.LineEnding);
        var block = doc.Blocks.Single();
        Assert.Equal("# hi", block.TrailingComment?.Text);
        Assert.Equal("Bonjour  \n\n#tag", block.Properties.Last().TextBlock?.Content);
    }

    [Fact]
    public void A_tab_in_a_property_indentation_is_one_diagnostic_and_the_block_goes_on()
    {
        var doc = Check("post a\n\ton x\n \t at y\n  at 2027-03-02 09:00\n");
        Assert.Equal(["2:1-2:2 " + Tab(2), "3:1-3:4 " + Tab(3)], Diagnostics(doc));
        Assert.Equal(["at"], Keys(doc));
        Assert.Equal(2, doc.Blocks.Single().Properties.Single().Indent);
    }

    [Fact]
    public void A_tab_in_a_text_line_indentation_is_one_diagnostic_and_the_line_stays_text()
    {
        var doc = Check("post a\n  text\n    un\n  \tdeux\n  on x\n");
        Assert.Equal(["4:1-4:4 " + Tab(4)], Diagnostics(doc));
        Assert.Equal(["text", "on"], Keys(doc));
        Assert.Equal(" un\ndeux", doc.Blocks.Single().Properties.First().TextBlock?.Content);
    }

    [Fact]
    public void A_hundred_thousand_blank_lines()
    {
        var blanks = string.Concat(Enumerable.Repeat("\n", 100_000));
        var doc = Check("post a\n  on x" + blanks + "  at y\n" + blanks + "post b\n");
        Assert.Empty(doc.Diagnostics);
        Assert.Equal(["on", "at"], doc.Blocks.First().Properties.Select(p => p.Key.Text));
        Assert.Equal("b", doc.Blocks.Last().Argument?.Text);
        Assert.Equal(99_999, doc.Blocks.First().Body.Count(i => i is BlankLineSyntax));
        Assert.Equal(100_001, doc.Items.Count(i => i is BlankLineSyntax));
    }

    [Fact]
    public void Blank_lines_inside_and_after_a_text_block()
    {
        var blanks = string.Concat(Enumerable.Repeat("   \n", 50_000));
        var doc = Check("post a\n  text\n    un\n" + blanks + "    deux\n" + blanks + "  on x\n");
        Assert.Empty(doc.Diagnostics);
        var text = doc.Blocks.Single().Properties.First().TextBlock;
        Assert.Equal(50_002, text?.Lines.Length);
        Assert.Equal(["text", "on"], Keys(doc));
    }

    [Fact]
    public void Deep_indentation()
    {
        var deep = new string(' ', 100_000);
        var doc = Check($"post a\n{deep}on x\n{deep}text\n{deep}  un\n{deep}    deux\n{deep}# note\n");
        Assert.Empty(doc.Diagnostics);
        var block = doc.Blocks.Single();
        Assert.Equal(["on", "text"], block.Properties.Select(p => p.Key.Text));
        Assert.Equal("un\n  deux", block.Properties.Last().TextBlock?.Content);
        Assert.IsType<CommentLineSyntax>(block.Body[^1]);
    }

    [Fact]
    public void Many_small_blocks()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 2_000; i++)
        {
            builder.Append("post p").Append(i).Append("  # c\n  on x\n  text\n    #tag ").Append(i).Append("\n\n");
        }

        var doc = Check(builder.ToString());
        Assert.Empty(doc.Diagnostics);
        Assert.Equal(2_000, doc.Blocks.Count());
        Assert.Equal(2_000, doc.Comments.Length);
    }

    [Fact]
    public void An_unterminated_string_runs_to_the_end_of_the_line()
    {
        var doc = Check("post a\n  text \"Bonjour # pas un commentaire\n  on x  # un commentaire\n");
        Assert.Empty(doc.Diagnostics);
        var block = doc.Blocks.Single();
        Assert.Equal(["\"Bonjour # pas un commentaire", "x"], block.Properties.Select(p => p.Value?.Text));
        Assert.Null(block.Properties.First().TrailingComment);
        Assert.Equal("# un commentaire", Assert.Single(doc.Comments).Text);
    }

    [Theory]
    [InlineData("  link https://x.org/#a", "https://x.org/#a", null)]
    [InlineData("  link https://x.org/#a  # ici", "https://x.org/#a", "# ici")]
    [InlineData("  text \"#1 en France # oui\"", "\"#1 en France # oui\"", null)]
    [InlineData("  text \"dit \\\"# non\\\" \" # oui", "\"dit \\\"# non\\\" \"", "# oui")]
    [InlineData("  text \"a\\\\\" # oui", "\"a\\\\\"", "# oui")]
    [InlineData("  tags a#b,c", "a#b,c", null)]
    [InlineData("  tags a\t# b", "a", "# b")]
    public void A_hash_is_a_comment_only_after_a_blank_and_outside_strings(string line, string value, string? comment)
    {
        var doc = Check("post a\n" + line + "\n");
        Assert.Empty(doc.Diagnostics);
        var property = doc.Blocks.Single().Properties.Single();
        Assert.Equal(value, property.Value?.Text);
        Assert.Equal(comment, property.TrailingComment?.Text);
    }

    [Fact]
    public void A_hash_inside_a_header_string_is_not_a_comment()
    {
        var doc = Check("plan \"Printemps # 2027\"  # vrai\n");
        var block = doc.Blocks.Single();
        Assert.Equal("\"Printemps # 2027\"", block.Argument?.Text);
        Assert.Equal("# vrai", block.TrailingComment?.Text);
    }

    [Fact]
    public void A_deeper_hashtag_line_after_text_is_text()
    {
        var doc = Check("post a\n  text  # le texte\n    # hashtag\n    #launch # day\n  # commentaire\n  on x\n");
        Assert.Empty(doc.Diagnostics);
        var text = doc.Blocks.Single().Properties.First();
        Assert.Equal("# le texte", text.TrailingComment?.Text);
        Assert.Equal("# hashtag\n#launch # day", text.TextBlock?.Content);
        Assert.Equal(["# le texte", "# commentaire"], doc.Comments.Select(c => c.Text));
    }

    [Fact]
    public void A_column_0_hash_line_ends_a_text_block()
    {
        var doc = Check("post a\n  text\n    un\n#deux\n    trois\n");
        Assert.Equal(["5:5-5:10 This property is indented by 4 spaces but the block's first property by 2: properties of one block line up."], Diagnostics(doc));
        Assert.Equal("un", doc.Blocks.Single().Properties.Single().TextBlock?.Content);
        Assert.Equal("#deux", Assert.Single(doc.Comments).Text);
    }

    [Fact]
    public void An_unknown_header_skips_its_block_with_one_diagnostic()
    {
        var doc = Check("pots a\n  on x\n    deeper\n\tbad tab\n  : nonsense\n\n# about b\npost b\n  on x\n");
        Assert.Equal(["1:1-1:5 'pots' does not start a block: a line at column 0 starts with plan, policy, channel, queue or post. Did you mean 'post'? The lines under it were skipped."], Diagnostics(doc));
        var skipped = Assert.IsType<SkippedBlockSyntax>(doc.Items[0]);
        Assert.Equal((0, 4), (skipped.FirstLine, skipped.LastLine));
        Assert.IsType<BlankLineSyntax>(doc.Items[1]);
        Assert.IsType<CommentLineSyntax>(doc.Items[2]);
        Assert.Equal("b", Assert.IsType<BlockSyntax>(doc.Items[3]).Argument?.Text);
        Assert.Equal(["on"], Keys(doc));
    }

    [Theory]
    [InlineData("post: a", "1:1-1:8")]
    [InlineData("\"post\" a  # c", "1:1-1:9")]
    [InlineData("42 a", "1:1-1:5")]
    [InlineData("-", "1:1-1:2")]
    public void An_unreadable_header_skips_its_block_with_one_diagnostic(string header, string range)
    {
        var doc = Check(header + "\n  on x\n  at y\npost b\n  on x\n");
        Assert.Equal([range + " This line at column 0 cannot be read as a block header: expected plan, policy, channel, queue or post. The lines under it were skipped."], Diagnostics(doc));
        Assert.Equal((0, 2), (doc.Items[0].FirstLine, doc.Items[0].LastLine));
        Assert.Equal(["on"], Keys(doc));
    }

    [Theory]
    [InlineData("  : nonsense", "3:3-3:13")]
    [InlineData("  on: x", "3:3-3:8")]
    [InlineData("  2027-03-02 09:00  # date", "3:3-3:19")]
    [InlineData("  \"text\" hello", "3:3-3:15")]
    [InlineData("  é-é,x", "3:3-3:8")]
    public void A_bad_property_line_is_one_diagnostic_and_the_next_line_is_read(string line, string range)
    {
        var doc = Check("post a\n  on x\n" + line + "\n  at 2027-03-02 09:00\n");
        Assert.Equal([range + " " + UnreadableProperty], Diagnostics(doc));
        Assert.Equal(["on", "at"], Keys(doc));
        Assert.IsType<SkippedLineSyntax>(doc.Blocks.Single().Body[1]);
    }

    [Theory]
    [InlineData("    at 2027-03-02 09:00", "3:5-3:24", 4)]
    [InlineData(" at 2027-03-02 09:00", "3:2-3:21", 1)]
    public void A_misindented_property_is_one_diagnostic(string line, string range, int found)
    {
        var doc = Check("post a\n  on x\n" + line + "\n  text \"a\"\n");
        Assert.Equal([$"{range} This property is indented by {found} space{(found == 1 ? "" : "s")} but the block's first property by 2: properties of one block line up."], Diagnostics(doc));
        Assert.Equal(["on", "text"], Keys(doc));
    }

    [Theory]
    [InlineData("    text\n      Bonjour\n\n      #tag\n", "3:5-3:9 This property is indented by 4 spaces but the block's first property by 2: properties of one block line up.")]
    [InlineData("  text:\n    Bonjour\n\n    #tag\n", "3:3-3:8 " + UnreadableProperty)]
    [InlineData("  text \"Bonjour\n    le monde\"\n", "4:5-4:14 This property is indented by 4 spaces but the block's first property by 2: properties of one block line up.")]
    [InlineData("\ttext\n    Bonjour\n   #tag\n", "3:1-3:2 A tab is used for indentation: indent with spaces (2 spaces here); 'cmplan format' repairs it.")]
    public void Lines_under_a_skipped_line_go_with_it(string lines, string diagnostic)
    {
        var doc = Check("post a\n  on x\n" + lines + "  at 2027-03-02 09:00\n");
        Assert.Equal([diagnostic], Diagnostics(doc));
        Assert.Equal(["on", "at"], Keys(doc).Where(k => k != "text"));
        Assert.Empty(doc.Comments);
    }

    [Fact]
    public void A_shallower_misindented_line_does_not_take_the_properties_after_it()
    {
        var doc = Check("post a\n  on x\n at y\n  text\n    Bonjour\n");
        Assert.Equal(["3:2-3:6 This property is indented by 1 space but the block's first property by 2: properties of one block line up."], Diagnostics(doc));
        Assert.Equal(["on", "text"], Keys(doc));
    }

    [Fact]
    public void A_tab_indented_first_line_does_not_take_the_properties_after_it()
    {
        var doc = Check("post a\n\ton x\n    at y\n    text \"a\"\n");
        Assert.Equal(["2:1-2:2 " + Tab(4)], Diagnostics(doc));
        Assert.Equal(["at", "text"], Keys(doc));
    }

    [Fact]
    public void Indented_lines_before_the_first_block_are_each_a_diagnostic()
    {
        var doc = Check("  # fine\n  on x\n\npost a\n  on x\n");
        Assert.Equal(["2:3-2:7 This indented line is not inside a block: start a block with plan, policy, channel, queue or post at column 0."], Diagnostics(doc));
        Assert.IsType<CommentLineSyntax>(doc.Items[0]);
        Assert.IsType<SkippedLineSyntax>(doc.Items[1]);
        Assert.Equal(["on"], Keys(doc));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("\r\n\r\n")]
    [InlineData("\r")]
    [InlineData("   ")]
    [InlineData("#")]
    [InlineData("\uFEFF")]
    [InlineData("\uFEFF\uFEFF")]
    [InlineData("post")]
    [InlineData("post\n  text")]
    [InlineData("post\n  text\n ")]
    [InlineData("post\n  text\n  ")]
    [InlineData("post\n  text\n   ")]
    [InlineData("post\n  text\n   x")]
    [InlineData("post\n  text\n\t\tx")]
    [InlineData("\t")]
    [InlineData("\tpost")]
    [InlineData("post\n \n#\n \n")]
    [InlineData("post\n\t#\n")]
    [InlineData("\"")]
    [InlineData("\\")]
    [InlineData("post \"\\")]
    public void Tiny_inputs(string text) => Check(text);

    [Fact]
    public void Everything_after_a_bom_is_read()
    {
        var doc = Check(SourceText.FromBytes([0xEF, 0xBB, 0xBF, .. "post a\n  on x\n"u8]));
        Assert.True(doc.Source.HasBom);
        Assert.Empty(doc.Diagnostics);
        Assert.Equal("post", doc.Blocks.Single().Keyword.Text);
        Assert.Equal(new TextSpan(0, 4), doc.Blocks.Single().Keyword.Span);
    }

    private static DocumentSyntax Check(string text) => Check(SourceText.From(text));

    private static DocumentSyntax Check(SourceText source)
    {
        var doc = PlanParser.Parse(source);
        SyntaxInvariants.Check(doc);
        return doc;
    }

    private static List<string> Diagnostics(DocumentSyntax doc) =>
        [.. doc.Diagnostics.Select(d => $"{doc.Source.GetLineRange(d.Span)} {d.Message}")];

    private static List<string> Keys(DocumentSyntax doc) =>
        [.. doc.Blocks.SelectMany(b => b.Properties).Select(p => p.Key.Text)];
}
