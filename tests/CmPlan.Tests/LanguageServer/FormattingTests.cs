using CmPlan.Analysis.Formatting;
using CmPlan.Grammar.Text;
using CmPlan.LanguageServer.Documents;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer;

public class FormattingTests
{
    private static object Params => new { textDocument = Doc, options = new { tabSize = 4, insertSpaces = true } };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Formatting_is_one_edit_to_the_canonical_layout(bool utf8)
    {
        const string Text = "plan \"Café 🎷\"\n    timezone Europe/Paris\n\n\n\nchannel mastodon\npost été\n    on mastodon\n    at 2027-03-12 10:00\n    text \"Fête 🎉\"\n";
        var response = Assert.Single(Send(Started(utf8, Text), Request(2, "textDocument/formatting", Params)));
        var edits = response.GetProperty("result");
        Assert.Single(edits.EnumerateArray());
        var formatted = Apply(Text, edits, utf8 ? PositionEncoding.Utf8 : PositionEncoding.Utf16);
        Assert.Equal(PlanFormatter.Format(SourceText.From(Text)).Text, formatted);
        Assert.Contains("\n  timezone Europe/Paris\n", formatted, StringComparison.Ordinal);
    }

    [Fact]
    public void A_formatted_document_gets_no_edit() =>
        Assert.Empty(Assert.Single(Send(Started(text: "channel mastodon\n"), Request(2, "textDocument/formatting", Params))).GetProperty("result").EnumerateArray());

    [Fact]
    public void A_document_the_formatter_refuses_gets_no_edit_and_a_logged_reason()
    {
        var messages = Send(Started(text: "plan \"x\"\n  timezone Europe/Paris\n\n@@@ nope\n"), Request(2, "textDocument/formatting", Params));
        Assert.Equal(2, messages.Count);
        Assert.Contains("line 4", Single(messages, "window/logMessage").GetProperty("params").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(messages[1].GetProperty("result").EnumerateArray());
    }
}
