using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using CmPlan.Grammar.Text;
using CmPlan.LanguageServer.Documents;
using CmPlan.LanguageServer.Protocol;
using CmPlan.LanguageServer.Protocol.Types;
using CmPlan.LanguageServer.Server;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer;

/// <summary>
/// <c>semanticTokens/full/delta</c> after each edit of an editor's round, the answers written
/// straight as JSON into arrays the server reuses: the delta applied to the data the client
/// holds gives exactly the <c>full</c> data of a fresh server on the same text, and both answers
/// are byte for byte the objects of the protocol serialized, the edit the one between the common
/// start and end of the two arrays; answers made at once on several threads are each their version's.
/// </summary>
public class SemanticTokenDeltasTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Each_delta_applied_to_the_held_data_gives_the_full_data_of_a_fresh_server(bool utf8)
    {
        var encoding = utf8 ? PositionEncoding.Utf8 : PositionEncoding.Utf16;
        for (var seed = 0; seed < 12; seed++)
        {
            var rng = new Random(seed);
            var text = EditorRoundEdits.Plan(30);
            var server = Started(utf8, text);
            var (held, id) = Full(server);
            Assert.Equal(Full(Started(utf8, text)).Data, held);
            for (var step = 0; step < 25; step++)
            {
                var (start, end, paste) = EditorRoundEdits.Next(rng, text);
                text = EditorRoundEdits.Send(server, text, (start, end, paste), encoding, step + 2);
                var expected = Full(Started(utf8, text)).Data;

                var delta = Result(server, Request(99, "textDocument/semanticTokens/full/delta", new { textDocument = Doc, previousResultId = id }));
                var rebuilt = SemanticTokensAfterEditsTests.Rebuilt(held, delta);
                Assert.True(expected.SequenceEqual(rebuilt), $"seed {seed}, step {step}: [{start}..{end}) <- {JsonSerializer.Serialize(paste)}");
                Assert.Equal(Serialized(new SemanticTokensDeltaDto(Id(delta), Edits: Edit(held, expected))), delta.GetRawText());
                (held, id) = (rebuilt, Id(delta));
            }
        }
    }

    [Theory]
    [InlineData("# à relire\n\n# à relire\n", "")]
    [InlineData("# à relire\n# à relire\n", "\n\n")]
    public void Alike_comments_moved_closer_or_apart_are_sent_moved(string comments, string typed)
    {
        // The two comments are the same integers but the first token's line delta: only that tells them apart.
        var text = "channel instagram\n\n" + comments + "\npost brunch\n  on instagram\n  at 2027-03-07 10:00\n  text \"Brunch ☕ #Lyon\"\n";
        var server = Started(false, text);
        var (held, id) = Full(server);
        var change = new { range = Range(3, 0, typed.Length == 0 ? 4 : 3, 0), text = typed };
        Send(server, Notification("textDocument/didChange", new { textDocument = new { uri = DocUri, version = 2 }, contentChanges = new[] { change } }));
        var delta = Result(server, Request(99, "textDocument/semanticTokens/full/delta", new { textDocument = Doc, previousResultId = id }));
        var expected = Full(Started(false, server.Documents[DocUri].Text)).Data;
        Assert.NotEqual(expected, held);
        Assert.Equal(expected, SemanticTokensAfterEditsTests.Rebuilt(held, delta));
    }

    [Fact]
    public void Answers_made_at_once_on_several_threads_are_each_those_of_their_version()
    {
        var server = Started(false, EditorRoundEdits.Plan(300));
        var (first, firstId) = Full(server);
        var expected = new List<List<int>>();
        var works = new List<(Work Work, int Version)>();
        for (var version = 0; version < 8; version++)
        {
            if (version > 0)
            {
                // A line of text typed further down at each version: each answer taken on the loop keeps its own.
                var change = new { range = Range(version * 40, 0, version * 40, 0), text = "  # note 🌸\n" };
                Send(server, Notification("textDocument/didChange", new { textDocument = new { uri = DocUri, version = version + 1 }, contentChanges = new[] { change } }));
            }

            expected.Add(Full(Started(false, server.Documents[DocUri].Text)).Data);
            for (var n = 0; n < 5; n++)
            {
                var request = n % 2 == 0
                    ? Request(100, "textDocument/semanticTokens/full", new { textDocument = Doc })
                    : Request(100, "textDocument/semanticTokens/full/delta", new { textDocument = Doc, previousResultId = firstId });
                works.Add((server.Handle(LspServer.Parse(Encoding.UTF8.GetBytes(request)).Message!).Later!, version));
            }
        }

        var answers = new JsonElement[works.Count];
        Parallel.For(0, works.Count, n => answers[n] = Parse(works[n].Work(CancellationToken.None)).GetProperty("result"));

        // A delta from the first answer is one edit from it, or all the tokens when another answer came between.
        Assert.All(Enumerable.Range(0, works.Count), n => Assert.Equal(expected[works[n].Version], SemanticTokensAfterEditsTests.Rebuilt(first, answers[n])));
        Assert.Equal(works.Count, answers.Select(Id).Distinct().Count());
    }

    [Fact]
    public void A_delta_from_an_answer_not_the_last_is_the_whole_data()
    {
        var text = EditorRoundEdits.Plan(8);
        var server = Started(false, text);
        var (_, first) = Full(server);
        var (data, _) = Full(server);
        var delta = Result(server, Request(99, "textDocument/semanticTokens/full/delta", new { textDocument = Doc, previousResultId = first }));
        Assert.Equal(Serialized(new SemanticTokensDeltaDto(Id(delta), Data: [.. data])), delta.GetRawText());
    }

    [Fact]
    public void Typing_on_a_large_plan_sends_a_few_integers_and_keeps_the_arrays()
    {
        var text = EditorRoundEdits.Plan(3_000);
        var server = Started(false, text);
        var (held, id) = Full(server);
        var at = Positions.ToPosition(SourceText.From(text), text.LastIndexOf("#Lyon", StringComparison.Ordinal), PositionEncoding.Utf16);
        for (var version = 2; version < 12; version++)
        {
            var change = version % 2 == 0
                ? new { range = Range(at.Line, at.Character, at.Line, at.Character), text = "e" }
                : new { range = Range(at.Line, at.Character, at.Line, at.Character + 1), text = "" };
            Send(server, Notification("textDocument/didChange", new { textDocument = new { uri = DocUri, version }, contentChanges = new[] { change } }));
            var before = GC.GetAllocatedBytesForCurrentThread();
            var delta = Result(server, Request(99, "textDocument/semanticTokens/full/delta", new { textDocument = Doc, previousResultId = id }));
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            var edit = Assert.Single(delta.GetProperty("edits").EnumerateArray());
            Assert.InRange(edit.GetProperty("data").GetArrayLength(), 1, 10);
            if (version > 3)
            {
                // The segments of two answers are kept and written into in turn: a keystroke allocates far less than one array of the plan's tokens.
                Assert.True(allocated < held.Count * sizeof(int) / 4, $"{allocated:N0} bytes allocated for {held.Count:N0} integers");
            }

            (held, id) = (SemanticTokensAfterEditsTests.Rebuilt(held, delta), Id(delta));
        }

        Assert.Equal(Full(Started(false, server.Documents[DocUri].Text)).Data, held);
    }

    private static (List<int> Data, string Id) Full(Dispatcher server)
    {
        var result = Result(server, Request(98, "textDocument/semanticTokens/full", new { textDocument = Doc }));
        List<int> data = [.. result.GetProperty("data").EnumerateArray().Select(i => i.GetInt32())];
        Assert.Equal(Serialized(new SemanticTokensDto([.. data], Id(result))), result.GetRawText());
        return (data, Id(result));
    }

    private static JsonElement Result(Dispatcher server, string request) => Assert.Single(Send(server, request)).GetProperty("result");

    private static string Id(JsonElement result) => result.GetProperty("resultId").GetString()!;

    private static string Serialized(SemanticTokensDto tokens) => JsonSerializer.Serialize(tokens, LspJsonContext.Default.SemanticTokensDto);

    private static string Serialized(SemanticTokensDeltaDto delta) => JsonSerializer.Serialize(delta, LspJsonContext.Default.SemanticTokensDeltaDto);

    /// <summary>The edit LSP expects, found the plain way: none, or one replacing what lies between the common start and the common end.</summary>
    private static ImmutableArray<SemanticTokensEditDto> Edit(List<int> before, List<int> after)
    {
        var prefix = 0;
        while (prefix < before.Count && prefix < after.Count && before[prefix] == after[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < before.Count - prefix && suffix < after.Count - prefix && before[^(suffix + 1)] == after[^(suffix + 1)])
        {
            suffix++;
        }

        return prefix == before.Count && prefix == after.Count
            ? []
            : [new SemanticTokensEditDto(prefix, before.Count - prefix - suffix, [.. after[prefix..(after.Count - suffix)]])];
    }
}
