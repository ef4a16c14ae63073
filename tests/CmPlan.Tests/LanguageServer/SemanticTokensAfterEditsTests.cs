using System.Text;
using System.Text.Json;
using CmPlan.Grammar.Text;
using CmPlan.LanguageServer.Documents;
using CmPlan.LanguageServer.Protocol.Types;
using CmPlan.Tests.Fuzz;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer;

/// <summary>
/// The server keeps each block's semantic tokens while an edit only moves the block: after every
/// edit of a seeded sequence, <c>semanticTokens/full</c> answers exactly the tokens of the edited text
/// classified afresh (a range over the whole text, which keeps nothing), in UTF-16 and UTF-8, and
/// the delta rebuilds the same array.
/// </summary>
public class SemanticTokensAfterEditsTests
{
    private static readonly string[] Pastes =
    [
        "\n", " ", "#", " # note\n", "\"", "é", "🚲", "#MaiÀVélo ", "2027-03-02 09:00", ", x", "  text\n    Ligne #tag\n",
        "post p\n  on x\n  at 2027-03-02 09:00\n  text \"Bonjour @ami https://a.fr\"\n\n", "# commentaire\n", "channel x\n",
        "  text insta, x\n    Ligne 🌸\n", "  media a.png alt \"A\"\n", "  status review\n",
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void After_each_edit_the_tokens_are_those_of_the_text_opened_afresh(bool utf8)
    {
        for (var seed = 0; seed < 40; seed++)
        {
            var rng = new Random(seed);
            var text = Encoding.UTF8.GetString(FuzzInputs.Case(seed)).Replace("\uFEFF", string.Empty, StringComparison.Ordinal);
            var server = Started(utf8, text);
            for (var step = 0; step < 10; step++)
            {
                var (start, end, paste) = RandomEdit(rng, text);
                var source = SourceText.From(text);
                var encoding = utf8 ? PositionEncoding.Utf8 : PositionEncoding.Utf16;
                var range = Positions.ToRange(source, TextSpan.FromBounds(start, end), encoding);
                Send(server, Notification("textDocument/didChange", new
                {
                    textDocument = new { uri = DocUri, version = step + 2 },
                    contentChanges = new[] { new { range, text = paste } },
                }));
                text = server.Documents[DocUri].Text;

                var tokens = Full(server, out var id);
                var fresh = Classified(Started(utf8, text));
                Assert.True(fresh.SequenceEqual(tokens), $"seed {seed}, step {step}: [{start}..{end}) <- {JsonSerializer.Serialize(paste)}");

                var delta = Send(server, Request(99, "textDocument/semanticTokens/full/delta", new { textDocument = Doc, previousResultId = id }))[0].GetProperty("result");
                Assert.Equal(tokens, Rebuilt(tokens, delta));
            }
        }
    }

    private static List<int> Full(CmPlan.LanguageServer.Server.Dispatcher server, out string id)
    {
        var result = Send(server, Request(98, "textDocument/semanticTokens/full", new { textDocument = Doc }))[0].GetProperty("result");
        id = result.GetProperty("resultId").GetString()!;
        return [.. result.GetProperty("data").EnumerateArray().Select(i => i.GetInt32())];
    }

    /// <summary>The tokens of the whole text classified afresh: a range answer, which keeps nothing between requests.</summary>
    private static List<int> Classified(CmPlan.LanguageServer.Server.Dispatcher server)
    {
        var whole = Range(0, 0, int.MaxValue, 0);
        var result = Send(server, Request(97, "textDocument/semanticTokens/range", new { textDocument = Doc, range = whole }))[0].GetProperty("result");
        return [.. result.GetProperty("data").EnumerateArray().Select(i => i.GetInt32())];
    }

    /// <summary>The array a client rebuilds from a delta against the array it holds.</summary>
    internal static List<int> Rebuilt(List<int> held, JsonElement delta)
    {
        if (delta.TryGetProperty("data", out var data))
        {
            return [.. data.EnumerateArray().Select(i => i.GetInt32())];
        }

        var result = new List<int>(held);
        foreach (var edit in delta.GetProperty("edits").EnumerateArray().Reverse())
        {
            var start = edit.GetProperty("start").GetInt32();
            result.RemoveRange(start, edit.GetProperty("deleteCount").GetInt32());
            result.InsertRange(start, edit.TryGetProperty("data", out var inserted) ? inserted.EnumerateArray().Select(i => i.GetInt32()) : []);
        }

        return result;
    }

    private static (int Start, int End, string Text) RandomEdit(Random rng, string text) => RandomEdit(rng, text, Pastes);

    /// <summary>A seeded edit of <paramref name="text"/>: a place, sometimes a few characters from it, and one of <paramref name="pastes"/>.</summary>
    internal static (int Start, int End, string Text) RandomEdit(Random rng, string text, IReadOnlyList<string> pastes)
    {
        var start = rng.Next(text.Length + 1);
        var end = rng.Next(4) == 0 ? Math.Min(text.Length, start + rng.Next(12)) : start;
        // Never split a surrogate pair: the client sends whole characters.
        start = char.IsLowSurrogate(text.ElementAtOrDefault(start)) ? start - 1 : start;
        end = char.IsLowSurrogate(text.ElementAtOrDefault(end)) ? end + 1 : end;
        return (start, Math.Max(start, end), pastes[rng.Next(pastes.Count)]);
    }
}
