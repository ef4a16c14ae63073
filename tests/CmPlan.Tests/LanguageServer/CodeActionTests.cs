using System.Text.Json;
using CmPlan.Analysis;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Fixing;
using CmPlan.Grammar.Text;
using CmPlan.LanguageServer.Documents;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer;

public class CodeActionTests
{
    private static List<JsonElement> Actions(bool utf8, string text, object range, string[]? only = null) =>
        Actions(Started(utf8, text), range, only);

    private static List<JsonElement> Actions(CmPlan.LanguageServer.Server.Dispatcher dispatcher, object range, string[]? only = null)
    {
        var context = only is null ? (object)new { diagnostics = Array.Empty<object>() } : new { diagnostics = Array.Empty<object>(), only };
        var response = Assert.Single(Send(dispatcher, Request(2, "textDocument/codeAction", new { textDocument = Doc, range, context })));
        return [.. response.GetProperty("result").EnumerateArray()];
    }

    private static string Applied(JsonElement action, string text, bool utf8) =>
        Apply(text, action.GetProperty("edit").GetProperty("changes").GetProperty(DocUri), utf8 ? PositionEncoding.Utf8 : PositionEncoding.Utf16);

    /// <summary>The rules that still fire on a text.</summary>
    private static List<string> Rules(string text) => [.. PlanAnalyzer.Analyze(text, Options.Analysis).Diagnostics.Select(d => d.Rule)];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_fix_is_a_quickfix_whose_edit_applies_cleanly(bool utf8)
    {
        var expected = Assert.Single(Assert.Single(PlanAnalyzer.Analyze(DocumentTests.Plan, Options.Analysis).Diagnostics).Fixes);
        var actions = Actions(utf8, DocumentTests.Plan, Range(10, 0, 11, 0));
        var fix = Assert.Single(actions, a => a.GetProperty("title").GetString() == expected.Title);
        Assert.Equal("quickfix", fix.GetProperty("kind").GetString());
        Assert.Equal(expected.IsPreferred, fix.TryGetProperty("isPreferred", out var preferred) && preferred.GetBoolean());
        Assert.Equal("whitespace", Assert.Single(fix.GetProperty("diagnostics").EnumerateArray()).GetProperty("code").GetString());
        var text = Applied(fix, DocumentTests.Plan, utf8);
        Assert.Contains("text \"Fête 🎉 ce soir\"", text, StringComparison.Ordinal);
        Assert.Empty(Rules(text));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Ignore_adds_a_trailing_suppression_that_silences_the_rule(bool utf8)
    {
        var ignore = Assert.Single(Actions(utf8, DocumentTests.Plan, Range(10, 0, 11, 0)), a => a.GetProperty("title").GetString() == "Ignore whitespace on this line");
        Assert.Equal("quickfix", ignore.GetProperty("kind").GetString());
        var text = Applied(ignore, DocumentTests.Plan, utf8);
        Assert.Contains("  text \"Fête 🎉  ce soir\" # cmplan-ignore whitespace\n", text, StringComparison.Ordinal);
        Assert.Empty(Rules(text));
    }

    [Fact]
    public void Ignore_on_a_line_that_already_has_a_comment_adds_a_suppression_line_above()
    {
        var plan = DocumentTests.Plan.Replace("ce soir\"", "ce soir\" # à revoir", StringComparison.Ordinal);
        var ignore = Assert.Single(Actions(false, plan, Range(10, 0, 11, 0)), a => a.GetProperty("title").GetString() == "Ignore whitespace on this line");
        var text = Applied(ignore, plan, utf8: false);
        Assert.Contains("  at 2027-03-12 10:00\n  # cmplan-ignore whitespace\n  text", text, StringComparison.Ordinal);
        Assert.Empty(Rules(text));
    }

    [Fact]
    public void Ignore_inside_a_text_block_goes_on_the_line_that_opens_the_text_not_into_the_text()
    {
        // A comment inside a text block is text (contract §2): the suppression goes on the 'text' line, which covers the block (§5).
        var plan = DocumentTests.Plan.Replace("  text \"Fête 🎉  ce soir\"", "  text\n    Fête 🎉 ce soir\n    Venez  nombreux ! #jazz", StringComparison.Ordinal);
        var ignore = Assert.Single(Actions(false, plan, Range(12, 0, 13, 0)), a => a.GetProperty("title").GetString() == "Ignore whitespace on this line");
        var text = Applied(ignore, plan, utf8: false);
        Assert.Contains("  text # cmplan-ignore whitespace\n    Fête 🎉 ce soir\n    Venez  nombreux ! #jazz\n", text, StringComparison.Ordinal);
        Assert.Empty(Rules(text));
    }

    [Fact]
    public void Structural_rules_and_unused_suppressions_cannot_be_ignored()
    {
        var plan = DocumentTests.Plan.Replace("  on mastodon\n", "  on mastodon # cmplan-ignore dated-content\n  colour red\n", StringComparison.Ordinal);
        var actions = Actions(false, plan, Range(0, 0, 20, 0));
        Assert.DoesNotContain(actions, a => a.GetProperty("title").GetString()!.StartsWith("Ignore unknown-property", StringComparison.Ordinal));
        Assert.DoesNotContain(actions, a => a.GetProperty("title").GetString()!.StartsWith("Ignore unused-suppression", StringComparison.Ordinal));
        Assert.Contains(actions, a => a.GetProperty("title").GetString() == "Ignore whitespace on this line");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Fix_all_is_offered_without_its_edit_and_resolved_to_what_cmplan_fix_would_do(bool utf8)
    {
        var plan = DocumentTests.Plan + "\npost deux\n  on mastodon\n  at 2027-03-13 10:00\n  text \" Encore  une fois\"\n";
        var dispatcher = Started(utf8, plan);
        var offered = Assert.Single(Actions(dispatcher, Range(0, 0, 0, 0), ["source.fixAll"]));
        Assert.Equal(CodeActions.FixAll, offered.GetProperty("kind").GetString());
        Assert.False(offered.TryGetProperty("edit", out _));
        Assert.Equal(DocUri, offered.GetProperty("data").GetProperty("uri").GetString());

        var action = Assert.Single(Send(dispatcher, Request(3, "codeAction/resolve", offered))).GetProperty("result");
        var expected = PlanFixer.Fix(SourceText.From(plan), Options.Analysis, new FixOptions()).Text;
        Assert.Equal(expected, Applied(action, plan, utf8));
        Assert.DoesNotContain(RuleIds.Whitespace, Rules(expected));
    }

    [Fact]
    public void Fix_all_offered_for_an_older_version_is_content_modified_when_resolved()
    {
        var dispatcher = Started(false, DocumentTests.Plan);
        var offered = Assert.Single(Actions(dispatcher, Range(0, 0, 0, 0), ["source.fixAll"]));
        Send(dispatcher, Notification("textDocument/didChange", new { textDocument = new { uri = DocUri, version = 2 }, contentChanges = new[] { new { range = Range(0, 0, 0, 0), text = "# é\n" } } }));
        var answer = Assert.Single(Send(dispatcher, Request(3, "codeAction/resolve", offered)));
        Assert.Equal(CmPlan.LanguageServer.Protocol.ErrorCodes.ContentModified, ErrorOf(answer).GetProperty("code").GetInt32());
    }

    [Fact]
    public void A_client_that_cannot_resolve_gets_fix_all_with_its_edit_only_when_it_asks_for_it()
    {
        var dispatcher = new CmPlan.LanguageServer.Server.Dispatcher(Options);
        Send(dispatcher, Request(1, "initialize", new { processId = 1, capabilities = new { } }));
        Send(dispatcher, Notification("initialized"));
        Send(dispatcher, Notification("textDocument/didOpen", Open(DocumentTests.Plan)));
        Assert.DoesNotContain(Actions(dispatcher, Range(1, 0, 1, 0)), a => a.GetProperty("kind").GetString() == CodeActions.FixAll);
        var fixAll = Assert.Single(Actions(dispatcher, Range(1, 0, 1, 0), ["source.fixAll"]));
        Assert.Equal(PlanFixer.Fix(SourceText.From(DocumentTests.Plan), Options.Analysis, new FixOptions()).Text, Applied(fixAll, DocumentTests.Plan, utf8: false));
    }

    [Fact]
    public void Only_filters_by_kind_and_a_range_without_diagnostics_gets_no_quickfix()
    {
        Assert.Empty(Actions(false, DocumentTests.Plan, Range(10, 0, 11, 0), ["refactor"]));
        var quickfixes = Actions(false, DocumentTests.Plan, Range(10, 0, 11, 0), ["quickfix"]);
        Assert.Equal(2, quickfixes.Count);
        Assert.All(quickfixes, a => Assert.Equal("quickfix", a.GetProperty("kind").GetString()));
        Assert.Equal([CodeActions.FixAll], Actions(false, DocumentTests.Plan, Range(1, 0, 1, 0)).Select(a => a.GetProperty("kind").GetString()));
        Assert.Empty(Actions(false, DocumentTests.Plan.Replace("  ce", " ce", StringComparison.Ordinal), Range(0, 0, 20, 0)));
    }
}
