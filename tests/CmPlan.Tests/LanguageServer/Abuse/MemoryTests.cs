using System.Text.Json;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer.Abuse;

/// <summary>Runs alone: it measures the managed heap of the whole test process.</summary>
[CollectionDefinition(nameof(MemoryCollection), DisableParallelization = true)]
public sealed class MemoryCollection;

/// <summary>
/// Ten thousand edits through the whole server (framing, cancellation tracking, analysis,
/// publishing): nothing is kept per edit, so the heap after the last edit is about the heap after
/// the first thousand. Bounds are generous: they catch a leak, not a regression of a few objects.
/// </summary>
[Collection(nameof(MemoryCollection))]
public class MemoryTests
{
    private const int Edits = 10_000;
    private const int WarmUp = 1_000;
    private const long Growth = 16L * 1024 * 1024;

    private static long Heap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    [Fact]
    public async Task The_heap_stays_bounded_across_ten_thousand_edits()
    {
        using var client = new LspClient();
        await client.InitializeAsync();
        await client.SendAsync(Notification("textDocument/didOpen", Open(FeaturePlan.Text)));
        await client.ReceiveAsync(); // the ready log
        var first = (await client.ReceiveAsync()).GetProperty("params").GetProperty("diagnostics").GetRawText();
        var last = "";

        var samples = new List<long>();
        for (var edit = 1; edit <= Edits; edit++)
        {
            // Type a character into the text, then take it back: the document stays the same size.
            var typed = edit % 2 == 1;
            var change = new { range = typed ? Range(12, 8, 12, 8) : Range(12, 8, 12, 9), text = typed ? "é" : "" };
            await client.SendAsync(Notification("textDocument/didChange", new { textDocument = new { uri = DocUri, version = edit + 1 }, contentChanges = new[] { change } }));
            var published = await client.ReceiveAsync();
            Assert.Equal(edit + 1, published.GetProperty("params").GetProperty("version").GetInt32());
            last = published.GetProperty("params").GetProperty("diagnostics").GetRawText();

            if (edit % 100 == 0)
            {
                // Requests too, and cancels for ids never sent, which must not pile up either.
                await client.SendAsync(Notification("$/cancelRequest", new { id = $"ghost-{edit}" }));
                await client.SendAsync(Request(edit, "textDocument/hover", new { textDocument = Doc, position = new { line = 7, character = 6 } }));
                Assert.Equal(JsonValueKind.Object, (await client.ResponseAsync(edit)).Response.GetProperty("result").ValueKind);
            }

            if (edit >= WarmUp && edit % 1000 == 0)
            {
                samples.Add(Heap());
            }
        }

        Assert.Equal(first, last); // an even number of edits: the text it started with
        var growth = samples[^1] - samples[0];
        Assert.True(growth < Growth, $"The heap grew by {growth / 1024} KiB over {Edits - WarmUp} edits: {string.Join(", ", samples.Select(s => s / 1024))} KiB.");

        // No trend: the second half of the samples is not above the first half by more than the bound either.
        var half = samples.Count / 2;
        Assert.True(samples[half..].Average() - samples[..half].Average() < Growth / 2, string.Join(", ", samples.Select(s => s / 1024)));
    }
}
