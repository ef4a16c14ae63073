using CmPlan.Analysis;
using CmPlan.Analysis.Ide.Navigation;
using CmPlan.Analysis.Localization;
using CmPlan.Grammar.Text;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Ide;

public class NavigationTests
{
    // Lines (1-based): 1 channel x, 3 channel insta, 5 queue tips, 6 on x, 10 post a, 11 on x, insta, 15 post b, 16 queue tips.
    private const string Plan =
        "channel x\n" +
        "\n" +
        "channel insta\n" +
        "\n" +
        "queue tips\n" +
        "  on x\n" +
        "  slots daily 08:00\n" +
        "  start 2027-03-01\n" +
        "\n" +
        "post a\n" +
        "  on x, insta\n" +
        "  at 2027-03-02 09:00\n" +
        "  text \"A\"\n" +
        "\n" +
        "post b\n" +
        "  queue tips\n" +
        "  text \"B\"\n";

    private static readonly AnalysisResult Result = Plans.Analyze(Plan);

    private static int At(int line, int column) => Result.Syntax.Source.GetOffset(new LinePosition(line - 1, column - 1));

    private static string Show(TextSpan span)
    {
        var range = Result.Syntax.Source.GetLineRange(span);
        return $"{range.Start}-{range.End}";
    }

    [Fact]
    public void Definition_of_a_reference_is_the_block_id()
    {
        Assert.Equal("1:9-1:10", Show(IdNavigation.Definition(Result, At(11, 6))!.Value));
        Assert.Equal("3:9-3:14", Show(IdNavigation.Definition(Result, At(11, 9))!.Value));
        Assert.Equal("5:7-5:11", Show(IdNavigation.Definition(Result, At(16, 9))!.Value));
    }

    [Fact]
    public void Definition_accepts_a_cursor_right_after_the_id_and_the_declaration_itself()
    {
        Assert.Equal("3:9-3:14", Show(IdNavigation.Definition(Result, At(11, 14))!.Value));
        Assert.Equal("1:9-1:10", Show(IdNavigation.Definition(Result, At(1, 9))!.Value));
    }

    [Fact]
    public void Nothing_away_from_ids()
    {
        Assert.Null(IdNavigation.Definition(Result, At(12, 4)));
        Assert.Empty(IdNavigation.References(Result, At(10, 6), true));
        Assert.Null(IdNavigation.PrepareRename(Result, At(13, 3)));
    }

    [Fact]
    public void References_with_and_without_the_declaration()
    {
        Assert.Equal(["1:9-1:10", "6:6-6:7", "11:6-11:7"], IdNavigation.References(Result, At(6, 6), true).Select(Show));
        Assert.Equal(["6:6-6:7", "11:6-11:7"], IdNavigation.References(Result, At(1, 9), false).Select(Show));
        Assert.Equal(["5:7-5:11", "16:9-16:13"], IdNavigation.References(Result, At(16, 10), true).Select(Show));
    }

    [Fact]
    public void A_channel_and_a_queue_with_the_same_id_are_different()
    {
        var result = Plans.Analyze("channel a\n\nqueue a\n  on a\n  slots daily 08:00\n  start 2027-03-01\n\npost p\n  queue a\n  text \"T\"\n");
        var source = result.Syntax.Source;
        var refs = IdNavigation.References(result, source.GetOffset(new LinePosition(8, 8)), true);
        Assert.Equal(["3:7-3:8", "9:9-9:10"], refs.Select(s => $"{source.GetLinePosition(s.Start)}-{source.GetLinePosition(s.End)}"));
    }

    [Fact]
    public void Highlights_mark_the_declaration()
    {
        var highlights = IdNavigation.DocumentHighlights(Result, At(11, 10));
        Assert.Equal([("3:9-3:14", true), ("11:9-11:14", false)], highlights.Select(h => (Show(h.Span), h.IsDeclaration)));
    }

    [Fact]
    public void Prepare_rename_gives_the_id_span_only_for_declared_ids()
    {
        Assert.Equal("11:9-11:14", Show(IdNavigation.PrepareRename(Result, At(11, 10))!.Value));
        var unknown = Plans.Analyze("post a\n  on nowhere\n  at 2027-03-02 09:00\n  text \"A\"\n");
        Assert.Null(IdNavigation.PrepareRename(unknown, 12));
    }

    [Fact]
    public void Rename_edits_every_occurrence()
    {
        var rename = IdNavigation.Rename(Result, At(6, 6), "twitter");
        Assert.Null(rename.Error);
        Assert.Equal([("1:9-1:10", "twitter"), ("6:6-6:7", "twitter"), ("11:6-11:7", "twitter")], rename.Edits.Select(e => (Show(e.Span), e.NewText)));
    }

    [Theory]
    [InlineData("two words", "'two words' is not a valid id: it must start with a letter or digit, then letters, digits, -, _ and . only.")]
    [InlineData("-x", "'-x' is not a valid id: it must start with a letter or digit, then letters, digits, -, _ and . only.")]
    [InlineData("", "'' is not a valid id: it must start with a letter or digit, then letters, digits, -, _ and . only.")]
    [InlineData("insta", "A channel named 'insta' already exists.")]
    public void Rename_refuses_invalid_or_taken_names(string newName, string error)
    {
        var rename = IdNavigation.Rename(Result, At(1, 9), newName);
        Assert.Equal(error, rename.Error);
        Assert.Empty(rename.Edits);
    }

    [Theory]
    [InlineData("two words", "«\u202Ftwo words\u202F» n'est pas un identifiant valide\u202F: il commence par une lettre ou un chiffre, suivis uniquement de lettres, de chiffres, de -, de _ et de points.")]
    [InlineData("insta", "Un canal nommé «\u202Finsta\u202F» existe déjà.")]
    public void Rename_refuses_in_French_when_the_analysis_is_French(string newName, string error)
    {
        var french = PlanAnalyzer.Analyze(Plan, AnalysisOptions.Default with { Clock = Plans.DefaultNow, Language = Language.French });
        Assert.Equal(error, IdNavigation.Rename(french, At(1, 9), newName).Error);
        Assert.Equal("Seul l'identifiant d'un canal ou d'une file déclarés peut être renommé.", IdNavigation.Rename(french, 0, "x").Error);
    }

    [Fact]
    public void Rename_to_a_queue_name_is_fine_for_a_channel()
    {
        Assert.Null(IdNavigation.Rename(Result, At(1, 9), "tips").Error);
    }

    [Fact]
    public void Renaming_a_channel_named_after_its_network_keeps_the_network()
    {
        var result = Plans.Analyze("channel x\r\n  limit 200\r\n\r\npost a\r\n  on x\r\n");
        var rename = IdNavigation.Rename(result, 8, "brand");
        Assert.Equal([(new TextSpan(8, 1), "brand"), (new TextSpan(11, 0), "  network x\r\n"), (new TextSpan(39, 1), "brand")], rename.Edits.Select(e => (e.Span, e.NewText)));
        Assert.Equal("channel brand\r\n  network x\r\n  limit 200\r\n\r\npost a\r\n  on brand\r\n", Apply(result.Syntax.Source.Text, rename));
    }

    [Fact]
    public void Renaming_keeps_the_network_on_a_last_line_header_and_not_when_written()
    {
        var last = Plans.Analyze("channel instagram");
        Assert.Equal("channel shop\n  network instagram", Apply(last.Syntax.Source.Text, IdNavigation.Rename(last, 9, "shop")));
        var written = Plans.Analyze("channel x\n  network x\n");
        Assert.Single(IdNavigation.Rename(written, 8, "brand").Edits);
        Assert.Single(IdNavigation.Rename(Plans.Analyze("channel x\n"), 8, "twitter").Edits);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_offset_of_every_example_is_answered_consistently(string example)
    {
        var result = Plans.Analyze(File.ReadAllText(Path.Combine(Repo.Examples, example)));
        for (var offset = 0; offset <= result.Syntax.Source.Length; offset++)
        {
            var references = IdNavigation.References(result, offset, true);
            var definition = IdNavigation.Definition(result, offset);
            if (definition is { } d)
            {
                Assert.Contains(d, references);
                Assert.NotNull(IdNavigation.PrepareRename(result, offset));
                Assert.Equal(references.Length, IdNavigation.DocumentHighlights(result, offset).Length);
            }
        }
    }

    public static TheoryData<string> Examples() => Repo.ExamplePlans();

    private static string Apply(string text, RenameResult rename) =>
        rename.Edits.OrderByDescending(e => e.Span.Start).Aggregate(text, (t, e) => t.Remove(e.Span.Start, e.Span.Length).Insert(e.Span.Start, e.NewText));
}
