using System.Text.Json;
using CmPlan.LanguageServer.Documents;
using CmPlan.LanguageServer.Protocol;
using CmPlan.LanguageServer.Protocol.Types;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer;

/// <summary>
/// <c>foldingRange</c> is written straight as JSON from the ranges each block keeps: after every
/// edit of an editor's round, the answer is byte for byte the ranges of the edited text opened
/// afresh, built as objects and serialized.
/// </summary>
public class FoldingAfterEditsTests
{
    [Fact]
    public void After_each_edit_the_folding_ranges_are_those_of_the_text_opened_afresh()
    {
        for (var seed = 0; seed < 12; seed++)
        {
            var rng = new Random(seed);
            var text = EditorRoundEdits.Plan(30);
            var server = Started(false, text);
            Assert.Equal(Expected(text), Folding(server));
            Assert.Contains("\"kind\":\"comment\"", Folding(server), StringComparison.Ordinal);
            for (var step = 0; step < 25; step++)
            {
                var (start, end, paste) = EditorRoundEdits.Next(rng, text);
                text = EditorRoundEdits.Send(server, text, (start, end, paste), PositionEncoding.Utf16, step + 2);
                Assert.True(Expected(text) == Folding(server), $"seed {seed}, step {step}: [{start}..{end}) <- {JsonSerializer.Serialize(paste)}");
            }
        }
    }

    private static string Folding(CmPlan.LanguageServer.Server.Dispatcher server) =>
        Assert.Single(Send(server, Request(98, "textDocument/foldingRange", new { textDocument = Doc }))).GetProperty("result").GetRawText();

    /// <summary>The ranges built as objects from a fresh analysis of <paramref name="text"/>, serialized.</summary>
    private static string Expected(string text) =>
        JsonSerializer.Serialize(EditorFeatures.Folding(OpenDocument.Create(DocUri, 1, text, Options.Analysis)), LspJsonContext.Default.ImmutableArrayFoldingRangeDto);
}
