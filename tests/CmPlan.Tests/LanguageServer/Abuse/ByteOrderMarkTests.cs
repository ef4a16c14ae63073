using System.Text.Json;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer.Abuse;

/// <summary>
/// An editor that keeps a byte-order mark in the text sends it as U+FEFF, counted on line 0: what
/// the server says and what it applies on line 0 must be one character (three UTF-8 bytes) further.
/// </summary>
public class ByteOrderMarkTests
{
    private const string Bom = "\uFEFF";

    /// <summary>Line 0 has an invalid channel id <c>x y</c> at character 8 (without the mark).</summary>
    private const string Text = Bom + "channel x y\n\npost a\n  on x\n  at 2027-03-10 12:30\n  text \"Bonjour\"\n";

    /// <summary>The invalid-value on line 0 (the undefined channel of <c>on x</c> is reported too).</summary>
    private static JsonElement Diagnostic(IReadOnlyList<JsonElement> messages) =>
        Assert.Single(Single(messages, "textDocument/publishDiagnostics").GetProperty("params").GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "invalid-value");

    private static int StartCharacter(JsonElement withRange) => withRange.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32();

    [Theory]
    [InlineData(false, 9)]
    [InlineData(true, 11)]
    public void Diagnostics_on_line_0_count_the_mark(bool utf8, int character)
    {
        var dispatcher = Started(utf8);
        var diagnostic = Diagnostic(Send(dispatcher, Notification("textDocument/didOpen", Open(Text))));
        Assert.Equal(character, StartCharacter(diagnostic));
    }

    [Theory]
    [InlineData(false, 9, 12)]
    [InlineData(true, 11, 14)]
    public void An_edit_on_line_0_lands_where_the_editor_meant_and_the_mark_stays(bool utf8, int start, int end)
    {
        var dispatcher = Started(utf8, Text);
        var change = Notification("textDocument/didChange", new
        {
            textDocument = new { uri = DocUri, version = 2 },
            contentChanges = new[] { new { range = Range(0, start, 0, end), text = "x" } },
        });
        var published = Single(Send(dispatcher, change), "textDocument/publishDiagnostics").GetProperty("params");
        Assert.Empty(published.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(Bom + "channel x\n\npost a\n  on x\n  at 2027-03-10 12:30\n  text \"Bonjour\"\n", dispatcher.Documents[DocUri].Text);
    }

    [Fact]
    public void Edits_before_or_on_the_mark_apply_to_the_editors_text()
    {
        var dispatcher = Started(text: Text);
        Send(dispatcher, Notification("textDocument/didChange", new
        {
            textDocument = new { uri = DocUri, version = 2 },
            contentChanges = new object[]
            {
                new { range = Range(0, 0, 0, 1), text = "" }, // the editor drops the mark
                new { range = Range(0, 0, 0, 0), text = "# " },
            },
        }));
        Assert.Equal("# channel x y\n\npost a\n  on x\n  at 2027-03-10 12:30\n  text \"Bonjour\"\n", dispatcher.Documents[DocUri].Text);
    }

    [Fact]
    public void Semantic_tokens_and_symbols_on_line_0_count_the_mark()
    {
        var dispatcher = Started(text: Bom + "channel x\n\npost a\n  on x\n  at 2027-03-10 12:30\n  text \"Bonjour\"\n");
        var tokens = Assert.Single(Send(dispatcher, Request(2, "textDocument/semanticTokens/full", new { textDocument = Doc }))).GetProperty("result").GetProperty("data");
        Assert.Equal([0, 1, 7], tokens.EnumerateArray().Take(3).Select(t => t.GetInt32()));
        var symbols = Assert.Single(Send(dispatcher, Request(3, "textDocument/documentSymbol", new { textDocument = Doc }))).GetProperty("result");
        Assert.Equal(9, symbols[0].GetProperty("selectionRange").GetProperty("start").GetProperty("character").GetInt32());
    }

    [Fact]
    public void Formatting_keeps_the_mark()
    {
        var dispatcher = Started(text: Bom + "channel x   \n\n\n\npost a\n    on x\n    at 2027-03-10 12:30\n    text \"Bonjour\"\n");
        var edits = Assert.Single(Send(dispatcher, Request(2, "textDocument/formatting", new { textDocument = Doc, options = new { tabSize = 2, insertSpaces = true } }))).GetProperty("result");
        var edit = Assert.Single(edits.EnumerateArray());
        Assert.Equal(1, StartCharacter(edit));
    }

    [Fact]
    public void A_new_clock_analyses_again_and_keeps_the_mark()
    {
        var dispatcher = Started(text: Text);
        var messages = Send(dispatcher, Notification("workspace/didChangeConfiguration", new { settings = new { cmplan = new { now = "2027-02-01" } } }));
        Assert.Equal(9, StartCharacter(Diagnostic(messages)));
        Assert.Equal(Text, dispatcher.Documents[DocUri].Text);
    }
}
