using System.Text.Json;
using CmPlan.Analysis;
using CmPlan.Grammar.Text;
using CmPlan.LanguageServer.Documents;
using CmPlan.LanguageServer.Protocol.Types;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer;

public class DocumentTests
{
    /// <summary>Line 10 is <c>  text "Fête 🎉  ce soir"</c>: two blanks in a row after an emoji.</summary>
    public const string Plan = """
        plan "Café 🎷"
          timezone Europe/Paris
          start 2027-03-01
          end 2027-03-31

        channel mastodon

        post été
          on mastodon
          at 2027-03-12 10:00
          text "Fête 🎉  ce soir"

        """;

    private static JsonElement Diagnostics(IReadOnlyList<JsonElement> messages) =>
        Single(messages, "textDocument/publishDiagnostics").GetProperty("params");

    private static string Change(object range, string text, int version = 2) =>
        Notification("textDocument/didChange", new { textDocument = new { uri = DocUri, version }, contentChanges = new[] { new { range, text } } });

    [Theory]
    [InlineData(false, 15, 17)] // "  text \"Fête " is 13 UTF-16 units, 🎉 two more
    [InlineData(true, 18, 20)] // ê and 🎉 are 2 and 4 bytes
    public void Open_publishes_diagnostics_with_version_code_link_and_positions_in_the_negotiated_encoding(bool utf8, int start, int end)
    {
        var dispatcher = Started(utf8);
        var published = Diagnostics(Send(dispatcher, Notification("textDocument/didOpen", Open(Plan, version: 3))));
        Assert.Equal(DocUri, published.GetProperty("uri").GetString());
        Assert.Equal(3, published.GetProperty("version").GetInt32());
        var diagnostic = Assert.Single(published.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("whitespace", diagnostic.GetProperty("code").GetString());
        Assert.Equal("cmplan", diagnostic.GetProperty("source").GetString());
        Assert.Equal(4, diagnostic.GetProperty("severity").GetInt32());
        Assert.EndsWith("/docs/rules/whitespace.md", diagnostic.GetProperty("codeDescription").GetProperty("href").GetString(), StringComparison.Ordinal);
        var range = diagnostic.GetProperty("range");
        Assert.Equal(10, range.GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal(start, range.GetProperty("start").GetProperty("character").GetInt32());
        Assert.Equal(end, range.GetProperty("end").GetProperty("character").GetInt32());
        Assert.False(diagnostic.TryGetProperty("tags", out _));
    }

    [Fact]
    public void Unused_suppressions_are_tagged_unnecessary_and_related_information_points_into_the_document()
    {
        var text = Plan.Replace("post été\n", "post été # cmplan-ignore dated-content\n", StringComparison.Ordinal)
            + "post bis\n  on mastodon\n  at 2027-03-13 10:00\n  text \"Fête 🎉  ce soir\"\n";
        var published = Diagnostics(Send(Started(), Notification("textDocument/didOpen", Open(text))));
        var diagnostics = published.GetProperty("diagnostics").EnumerateArray().ToList();
        var unused = Assert.Single(diagnostics, d => d.GetProperty("code").GetString() == "unused-suppression");
        Assert.Equal([1], unused.GetProperty("tags").EnumerateArray().Select(t => t.GetInt32()));
        var duplicate = Assert.Single(diagnostics, d => d.GetProperty("code").GetString() == "duplicate-content");
        var related = Assert.Single(duplicate.GetProperty("relatedInformation").EnumerateArray());
        Assert.Equal(DocUri, related.GetProperty("location").GetProperty("uri").GetString());
        Assert.Equal(10, related.GetProperty("location").GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
    }

    [Theory]
    [InlineData(false, 15, 17)]
    [InlineData(true, 18, 20)]
    public void Incremental_changes_after_accents_and_emoji_land_where_the_client_meant(bool utf8, int start, int end)
    {
        var dispatcher = Started(utf8, Plan);
        var published = Diagnostics(Send(dispatcher, Change(Range(10, start, 10, end), " ")));
        Assert.Equal(2, published.GetProperty("version").GetInt32());
        Assert.Empty(published.GetProperty("diagnostics").EnumerateArray());
        Assert.Contains("text \"Fête 🎉 ce soir\"", dispatcher.Documents[DocUri].Source.Text, StringComparison.Ordinal);

        // Then an insertion right after the accented id on line 7, and a deletion of the emoji.
        var after = utf8 ? 10 : 8;
        Send(dispatcher, Change(Range(7, after, 7, after), "-2027", 3));
        var emoji = utf8 ? 14 : 13;
        Send(dispatcher, Change(Range(10, emoji, 10, emoji + (utf8 ? 5 : 3)), "", 4));
        var text = dispatcher.Documents[DocUri].Source.Text;
        Assert.Contains("post été-2027\n", text, StringComparison.Ordinal);
        Assert.Contains("text \"Fête ce soir\"", text, StringComparison.Ordinal);
        Assert.Equal(4, dispatcher.Documents[DocUri].Version);
    }

    [Fact]
    public void Changes_in_one_notification_apply_one_after_the_other_and_a_full_change_replaces_the_text()
    {
        var changes = new[]
        {
            new TextDocumentContentChangeEvent("ab\n", new RangeDto(new Position(0, 0), new Position(0, 0))),
            new TextDocumentContentChangeEvent("X", new RangeDto(new Position(1, 0), new Position(1, 1))),
        };
        var document = OpenDocument.Create(DocUri, 1, "xyz", AnalysisOptions.Default);
        Assert.Equal("ab\nXyz", document.Change(2, changes, PositionEncoding.Utf16, AnalysisOptions.Default).Text);
        Assert.Equal("new", document.Change(2, [new TextDocumentContentChangeEvent("new")], PositionEncoding.Utf8, AnalysisOptions.Default).Text);
    }

    [Theory]
    [InlineData(-1, 0, 0)]
    [InlineData(0, 99, 5)]
    [InlineData(0, -5, 0)]
    [InlineData(1, 3, 10)]
    [InlineData(7, 0, 11)]
    public void Positions_out_of_range_are_clamped(int line, int character, int offset)
    {
        var source = SourceText.From("ab🎉é\r\nxyz\n");
        Assert.Equal(offset, Positions.ToOffset(source, new Position(line, character), PositionEncoding.Utf16));
        Assert.Equal(offset, Positions.ToOffset(source, new Position(line, character), PositionEncoding.Utf8));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2, 2)]
    [InlineData(3, 2)] // inside 🎉 (bytes 2..5): its start
    [InlineData(5, 2)]
    [InlineData(6, 4)]
    [InlineData(7, 4)] // inside é
    [InlineData(8, 5)]
    public void Utf8_positions_inside_a_character_go_to_its_start(int character, int offset)
    {
        var source = SourceText.From("ab🎉é\nxyz");
        Assert.Equal(offset, Positions.ToOffset(source, new Position(0, character), PositionEncoding.Utf8));
    }

    [Theory]
    [InlineData(PositionEncoding.Utf16)]
    [InlineData(PositionEncoding.Utf8)]
    public void Offsets_and_positions_round_trip_on_character_boundaries(PositionEncoding encoding)
    {
        var source = SourceText.From("ab🎉é\r\nxyz\nñ");
        foreach (var offset in new[] { 0, 1, 2, 4, 5, 7, 8, 10, 11, 12 })
        {
            Assert.Equal(offset, Positions.ToOffset(source, Positions.ToPosition(source, offset, encoding), encoding));
        }
    }

    [Fact]
    public void A_change_to_a_document_that_is_not_open_is_logged()
    {
        var messages = Send(Started(), Change(Range(0, 0, 0, 0), "x"));
        Assert.Equal(2, Single(messages, "window/logMessage").GetProperty("params").GetProperty("type").GetInt32());
    }

    [Fact]
    public void Close_clears_the_diagnostics()
    {
        var dispatcher = Started(text: Plan);
        var published = Diagnostics(Send(dispatcher, Notification("textDocument/didClose", new { textDocument = Doc })));
        Assert.Empty(published.GetProperty("diagnostics").EnumerateArray());
        Assert.False(published.TryGetProperty("version", out _));
        Assert.Empty(dispatcher.Documents);
    }
}
