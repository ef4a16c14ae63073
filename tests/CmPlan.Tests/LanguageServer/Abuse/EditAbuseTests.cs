using System.Text.Json;
using CmPlan.LanguageServer.Protocol;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer.Abuse;

/// <summary>Edits that make no sense, on documents that may not exist: clamped or logged, never a crash.</summary>
public class EditAbuseTests
{
    private const string Text = "channel x\n\npost a\n  on x\n  at 2027-03-10 12:30\n  text \"ab🎉cd\"\n";

    private static string Change(int startLine, int startCharacter, int endLine, int endCharacter, string text, string uri = DocUri, int version = 2) =>
        Notification("textDocument/didChange", new
        {
            textDocument = new { uri, version },
            contentChanges = new[] { new { range = Range(startLine, startCharacter, endLine, endCharacter), text } },
        });

    private static JsonElement Published(IReadOnlyList<JsonElement> messages) =>
        Single(messages, "textDocument/publishDiagnostics").GetProperty("params");

    [Theory]
    [InlineData(99, 0, 99, 5, "channel x\n\npost a\n  on x\n  at 2027-03-10 12:30\n  text \"ab🎉cd\"\nZ")] // past the end: appended
    [InlineData(int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue, "channel x\n\npost a\n  on x\n  at 2027-03-10 12:30\n  text \"ab🎉cd\"\nZ")]
    [InlineData(-3, -7, -1, 0, "Zchannel x\n\npost a\n  on x\n  at 2027-03-10 12:30\n  text \"ab🎉cd\"\n")] // before the start: prepended
    [InlineData(int.MinValue, int.MinValue, 0, int.MinValue, "Zchannel x\n\npost a\n  on x\n  at 2027-03-10 12:30\n  text \"ab🎉cd\"\n")]
    [InlineData(0, 500, 0, 900, "channel xZ\n\npost a\n  on x\n  at 2027-03-10 12:30\n  text \"ab🎉cd\"\n")] // past the line: its end, not the next line
    [InlineData(2, 6, 0, 0, "channel x\n\npost aZ\n  on x\n  at 2027-03-10 12:30\n  text \"ab🎉cd\"\n")] // end before start: an insertion
    [InlineData(3, 0, 99, 99, "channel x\n\npost a\nZ")] // to past the end: up to the end
    public void Out_of_range_positions_are_clamped_and_the_document_is_analysed(int startLine, int startCharacter, int endLine, int endCharacter, string expected)
    {
        var dispatcher = Started(text: Text);
        var published = Published(Send(dispatcher, Change(startLine, startCharacter, endLine, endCharacter, "Z")));
        Assert.Equal(2, published.GetProperty("version").GetInt32());
        Assert.Equal(expected, dispatcher.Documents[DocUri].Text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_change_inside_an_emoji_is_applied_as_the_editor_did_and_every_feature_still_answers(bool utf8)
    {
        // UTF-16: character 11 is between the halves of 🎉; UTF-8: byte 12 is inside it (its start).
        var dispatcher = Started(utf8, Text);
        Published(Send(dispatcher, Change(5, utf8 ? 12 : 11, 5, utf8 ? 12 : 11, "Z")));
        var text = dispatcher.Documents[DocUri].Text;
        Assert.Equal(utf8 ? "  text \"abZ🎉cd\"" : "  text \"ab\ud83cZ\udf89cd\"", text.Split('\n')[5]);

        // A lone surrogate is in the text now (UTF-16): the answers must still serialize.
        var requests = new[]
        {
            Request(10, "textDocument/hover", new { textDocument = Doc, position = new { line = 5, character = 9 } }),
            Request(11, "textDocument/formatting", new { textDocument = Doc, options = new { tabSize = 2, insertSpaces = true } }),
            Request(12, "textDocument/semanticTokens/full", new { textDocument = Doc }),
            Request(13, "textDocument/codeAction", new { textDocument = Doc, range = Range(0, 0, 6, 0), context = new { diagnostics = Array.Empty<object>() } }),
            Request(14, "textDocument/documentSymbol", new { textDocument = Doc }),
            Request(15, "cmplan/schedule", new { textDocument = Doc }),
        };
        foreach (var request in requests)
        {
            var response = Assert.Single(Send(dispatcher, request));
            Assert.False(response.TryGetProperty("error", out _), response.GetRawText());
        }
    }

    [Fact]
    public void A_change_to_a_document_never_opened_is_logged_publishes_nothing_and_opens_nothing()
    {
        var dispatcher = Started(text: Text);
        var messages = Send(dispatcher, Change(0, 0, 0, 0, "Z", uri: "file:///never.cmplan"));
        var log = Assert.Single(messages);
        Assert.Equal("window/logMessage", log.GetProperty("method").GetString());
        Assert.Contains("file:///never.cmplan", log.GetProperty("params").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal([DocUri], dispatcher.Documents.Keys);
        var hover = Assert.Single(Send(dispatcher, Request(5, "textDocument/hover", new { textDocument = new { uri = "file:///never.cmplan" }, position = new { line = 0, character = 0 } })));
        Assert.Equal(ErrorCodes.InvalidParams, ErrorOf(hover).GetProperty("code").GetInt32());

        // The open document is untouched and still served.
        Assert.Equal(Text, dispatcher.Documents[DocUri].Text);
        Assert.Single(Send(dispatcher, Request(6, "textDocument/documentSymbol", new { textDocument = Doc })));
    }

    [Fact]
    public void A_change_after_close_is_a_change_to_a_document_not_open()
    {
        var dispatcher = Started(text: Text);
        Send(dispatcher, Notification("textDocument/didClose", new { textDocument = Doc }));
        var log = Assert.Single(Send(dispatcher, Change(0, 0, 0, 0, "Z")));
        Assert.Equal("window/logMessage", log.GetProperty("method").GetString());
        Assert.Empty(dispatcher.Documents);
    }

    [Fact]
    public void Versions_that_go_backwards_and_empty_changes_are_taken_as_sent()
    {
        var dispatcher = Started(text: Text);
        var empty = Notification("textDocument/didChange", new { textDocument = new { uri = DocUri, version = -4 }, contentChanges = Array.Empty<object>() });
        Assert.Equal(-4, Published(Send(dispatcher, empty)).GetProperty("version").GetInt32());
        Assert.Equal(Text, dispatcher.Documents[DocUri].Text);
    }

    [Fact]
    public void Opening_a_document_twice_replaces_it()
    {
        var dispatcher = Started(text: Text);
        var published = Published(Send(dispatcher, Notification("textDocument/didOpen", Open("channel x y\n", version: 9))));
        Assert.Equal(9, published.GetProperty("version").GetInt32());
        Assert.Equal("channel x y\n", dispatcher.Documents[DocUri].Text);
        Assert.Single(dispatcher.Documents);
    }
}
