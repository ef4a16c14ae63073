using System.Text.Json;
using CmPlan.Analysis.Ide.Completion;
using CmPlan.Analysis.Ide.Hover;
using CmPlan.Analysis.Ide.Structure;
using CmPlan.Grammar.Text;
using static CmPlan.Tests.LanguageServer.FeaturePlan;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer;

public class EditorFeatureTests
{
    [Fact]
    public void Initialize_advertises_the_features_and_the_token_legend()
    {
        var capabilities = Assert.Single(Send(new CmPlan.LanguageServer.Server.Dispatcher(Options), Request(1, "initialize", InitializeParams(false))))
            .GetProperty("result").GetProperty("capabilities");
        foreach (var provider in new[] { "hoverProvider", "inlayHintProvider", "documentSymbolProvider", "foldingRangeProvider", "definitionProvider", "referencesProvider", "documentHighlightProvider" })
        {
            Assert.True(capabilities.GetProperty(provider).GetBoolean(), provider);
        }

        var legend = capabilities.GetProperty("semanticTokensProvider").GetProperty("legend");
        Assert.Equal(SemanticTokenLegend.TokenTypes, legend.GetProperty("tokenTypes").EnumerateArray().Select(t => t.GetString()));
        Assert.True(capabilities.GetProperty("semanticTokensProvider").GetProperty("full").GetProperty("delta").GetBoolean());
        Assert.True(capabilities.GetProperty("semanticTokensProvider").GetProperty("range").GetBoolean());
        Assert.True(capabilities.GetProperty("codeActionProvider").GetProperty("resolveProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("renameProvider").GetProperty("prepareProvider").GetBoolean());
        Assert.True(capabilities.TryGetProperty("completionProvider", out _));
        Assert.True(capabilities.GetProperty("workspaceSymbolProvider").GetBoolean());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Hover_is_markdown_over_the_range_the_service_gives(bool utf8)
    {
        var offset = At("post été", 6);
        var expected = HoverService.Hover(Analyzed, offset)!;
        var hover = Ask(utf8, "textDocument/hover", AtParams(offset, utf8));
        Assert.Equal("markdown", hover.GetProperty("contents").GetProperty("kind").GetString());
        Assert.Equal(expected.Markdown, hover.GetProperty("contents").GetProperty("value").GetString());
        Assert.Contains("after expiry", expected.Markdown, StringComparison.Ordinal);
        Assert.Equal(expected.Range, SpanOf(hover.GetProperty("range"), utf8));
    }

    [Fact]
    public void Hover_on_nothing_is_null() =>
        Assert.Equal(JsonValueKind.Null, Ask(false, "textDocument/hover", AtParams(At("\n\nchannel", 1), false)).ValueKind);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_inlay_hint_follows_a_repeat(bool utf8)
    {
        var hints = Ask(utf8, "textDocument/inlayHint", new { textDocument = Doc, range = Range(0, 0, 20, 0) });
        var hint = Assert.Single(hints.EnumerateArray());
        Assert.Equal("→ 4 publications, last Wed 24 Mar", hint.GetProperty("label").GetString());
        var position = hint.GetProperty("position");
        Assert.Equal(10, position.GetProperty("line").GetInt32());
        Assert.Equal("  repeat every 7d times 3".Length, position.GetProperty("character").GetInt32());
        Assert.Empty(Ask(utf8, "textDocument/inlayHint", new { textDocument = Doc, range = Range(0, 0, 5, 0) }).EnumerateArray());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Document_symbols_are_the_blocks_with_their_properties(bool utf8)
    {
        var symbols = Ask(utf8, "textDocument/documentSymbol", new { textDocument = Doc }).EnumerateArray().ToList();
        var expected = DocumentSymbols.Of(Analyzed);
        Assert.Equal(expected.Select(s => s.Name), symbols.Select(s => s.GetProperty("name").GetString()));
        var post = symbols[^1];
        Assert.Equal(24, post.GetProperty("kind").GetInt32());
        Assert.Equal(expected[^1].SelectionSpan, SpanOf(post.GetProperty("selectionRange"), utf8));
        Assert.Equal(expected[^1].Span, SpanOf(post.GetProperty("range"), utf8));
        Assert.Empty(expected[^1].Children);
        Assert.False(post.TryGetProperty("children", out _), "LSP's children? is left out when there are none");
        Assert.Equal(expected[0].Children.Select(c => c.Name), symbols[0].GetProperty("children").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
    }

    [Fact]
    public void Folding_ranges_are_lines()
    {
        var ranges = Ask(false, "textDocument/foldingRange", new { textDocument = Doc }).EnumerateArray().ToList();
        var expected = FoldingRanges.Of(Analyzed);
        Assert.Equal(expected.Select(f => (f.StartLine, f.EndLine)), ranges.Select(r => (r.GetProperty("startLine").GetInt32(), r.GetProperty("endLine").GetInt32())));
        Assert.All(ranges, r => Assert.Equal("region", r.GetProperty("kind").GetString()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Semantic_tokens_are_delta_encoded_in_the_negotiated_encoding(bool utf8)
    {
        var data = Ask(utf8, "textDocument/semanticTokens/full", new { textDocument = Doc }).GetProperty("data").EnumerateArray().Select(i => i.GetInt32()).ToList();
        Assert.Equal(0, data.Count % 5);
        var decoded = new List<(TextSpan Span, int Type, int Modifiers)>();
        var (line, character) = (0, 0);
        for (var i = 0; i < data.Count; i += 5)
        {
            character = data[i] == 0 ? character + data[i + 1] : data[i + 1];
            line += data[i];
            var start = CmPlan.LanguageServer.Documents.Positions.ToOffset(Source, new(line, character), EncodingOf(utf8));
            var end = CmPlan.LanguageServer.Documents.Positions.ToOffset(Source, new(line, character + data[i + 2]), EncodingOf(utf8));
            decoded.Add((TextSpan.FromBounds(start, end), data[i + 3], data[i + 4]));
        }

        var expected = SemanticTokens.Of(Analyzed).OrderBy(t => t.Offset).Select(t => (new TextSpan(t.Offset, t.Length), (int)t.Type, (int)t.Modifiers));
        Assert.Equal(expected, decoded);
        Assert.Contains(decoded, t => Text[t.Span.Start..t.Span.End] == "\"Fête 🎉 ce soir\"" && t.Type == (int)SemanticTokenType.String);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Completion_replaces_the_word_under_the_cursor(bool utf8)
    {
        var offset = At("  on mastodon", "  on masto".Length);
        var expected = PlanCompletion.Complete(Analyzed, offset);
        var items = Ask(utf8, "textDocument/completion", AtParams(offset, utf8)).EnumerateArray().ToList();
        Assert.Equal(expected.Select(c => c.Label), items.Select(i => i.GetProperty("label").GetString()));
        var mastodon = Assert.Single(items, i => i.GetProperty("label").GetString() == "mastodon");
        Assert.Equal(8, mastodon.GetProperty("kind").GetInt32());
        Assert.Equal("mastodon", mastodon.GetProperty("textEdit").GetProperty("newText").GetString());
        Assert.Equal(Assert.Single(expected, c => c.Label == "mastodon").ReplaceSpan, SpanOf(mastodon.GetProperty("textEdit").GetProperty("range"), utf8));
    }

    [Fact]
    public void A_feature_on_a_document_that_is_not_open_is_invalid_params()
    {
        var response = Assert.Single(Send(Started(), Request(2, "textDocument/documentSymbol", new { textDocument = Doc })));
        Assert.Equal(-32602, ErrorOf(response).GetProperty("code").GetInt32());
    }
}
