using System.Text.Json;
using CmPlan.Analysis;
using CmPlan.Grammar.Text;
using static CmPlan.Tests.LanguageServer.FeaturePlan;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer;

public class NavigationFeatureTests
{
    private static int Declaration => At("channel mastodon", "channel ".Length);

    private static int Use => At("  on mastodon", "  on ".Length + 2);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Definition_of_a_channel_use_is_its_header_id(bool utf8)
    {
        var location = Ask(utf8, "textDocument/definition", AtParams(Use, utf8));
        Assert.Equal(DocUri, location.GetProperty("uri").GetString());
        Assert.Equal(new TextSpan(Declaration, "mastodon".Length), SpanOf(location.GetProperty("range"), utf8));
    }

    [Fact]
    public void Definition_off_an_id_is_null() =>
        Assert.Equal(JsonValueKind.Null, Ask(false, "textDocument/definition", AtParams(At("timezone"), false)).ValueKind);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void References_with_and_without_the_declaration(bool utf8)
    {
        var all = Ask(utf8, "textDocument/references", new { textDocument = Doc, position = PositionAt(Use, utf8), context = new { includeDeclaration = true } });
        Assert.Equal([Declaration, At("  on mastodon", "  on ".Length)], all.EnumerateArray().Select(l => SpanOf(l.GetProperty("range"), utf8).Start));
        var uses = Ask(utf8, "textDocument/references", new { textDocument = Doc, position = PositionAt(Use, utf8), context = new { includeDeclaration = false } });
        Assert.Single(uses.EnumerateArray());
    }

    [Fact]
    public void Highlights_mark_the_declaration_as_a_write()
    {
        var highlights = Ask(false, "textDocument/documentHighlight", AtParams(Declaration, false)).EnumerateArray().ToList();
        Assert.Equal([3, 2], highlights.Select(h => h.GetProperty("kind").GetInt32()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Prepare_rename_gives_the_id_range_or_null(bool utf8)
    {
        var range = Ask(utf8, "textDocument/prepareRename", AtParams(Use, utf8));
        Assert.Equal(new TextSpan(At("  on mastodon", "  on ".Length), "mastodon".Length), SpanOf(range, utf8));
        Assert.Equal(JsonValueKind.Null, Ask(utf8, "textDocument/prepareRename", AtParams(At("post été", 6), utf8)).ValueKind);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Rename_is_a_workspace_edit_that_keeps_the_plan_valid(bool utf8)
    {
        var edit = Ask(utf8, "textDocument/rename", new { textDocument = Doc, position = PositionAt(Use, utf8), newName = "toot" });
        var text = Apply(Text, edit.GetProperty("changes").GetProperty(DocUri), EncodingOf(utf8));
        Assert.Contains("channel toot\n", text, StringComparison.Ordinal);
        Assert.Contains("  on toot\n", text, StringComparison.Ordinal);
        Assert.Equal(
            Analyzed.Diagnostics.Select(d => d.Rule),
            PlanAnalyzer.Analyze(text, Options.Analysis).Diagnostics.Select(d => d.Rule));
    }

    [Fact]
    public void An_invalid_name_is_an_error_with_the_reason()
    {
        var response = Assert.Single(Send(Started(text: Text), Request(2, "textDocument/rename", new { textDocument = Doc, position = PositionAt(Use, false), newName = "bad name" })));
        var error = ErrorOf(response);
        Assert.Equal(-32803, error.GetProperty("code").GetInt32());
        Assert.Contains("'bad name' is not a valid id", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(response.TryGetProperty("result", out _));
    }
}
