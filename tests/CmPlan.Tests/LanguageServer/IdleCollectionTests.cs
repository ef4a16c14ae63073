using CmPlan.LanguageServer.Server;
using static CmPlan.Tests.LanguageServer.FeaturePlan;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer;

/// <summary>
/// The server gives memory back when it is idle, once enough was allocated since the last full
/// collection: never while a message waits or a request is being answered off the loop, so the
/// pause falls between keystrokes.
/// </summary>
public class IdleCollectionTests
{
    /// <summary>Allocates about <paramref name="bytes"/> of short-lived garbage.</summary>
    private static void Allocate(long bytes)
    {
        for (long done = 0; done < bytes; done += 4096)
        {
            GC.KeepAlive(new byte[4096]);
        }
    }

    [Fact]
    public void Idle_with_the_budget_spent_collects()
    {
        var collections = 0;
        var idle = new IdleCollection(1 << 20, () => collections++);
        // A full collection made elsewhere in the process restarts the count: try a few times.
        for (var attempt = 0; attempt < 20 && collections == 0; attempt++)
        {
            Allocate(2 << 20);
            idle.Idle(queueEmpty: true);
        }

        Assert.Equal(1, collections);
    }

    [Fact]
    public void Below_the_budget_nothing_is_collected()
    {
        var collections = 0;
        var idle = new IdleCollection(IdleCollection.DefaultBudget, () => collections++);
        Allocate(1 << 20);
        idle.Idle(queueEmpty: true);
        Assert.Equal(0, collections);
    }

    [Fact]
    public void Nothing_is_collected_while_a_message_waits_or_a_request_is_answered()
    {
        var collections = 0;
        var idle = new IdleCollection(1, () => collections++);
        idle.Begin();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            Allocate(2 << 20);
            idle.Idle(queueEmpty: true);
            idle.Idle(queueEmpty: false);
        }

        Assert.Equal(0, collections);
        for (var attempt = 0; attempt < 20 && collections == 0; attempt++)
        {
            Allocate(2 << 20);
            idle.End(queueEmpty: attempt > 0);
            idle.Begin();
        }

        Assert.Equal(1, collections);
    }

    [Fact]
    public async Task A_server_with_nothing_left_to_do_collects()
    {
        var collections = 0;
        using var client = new LspClient(Options with { Idle = () => new IdleCollection(0, () => Interlocked.Increment(ref collections)) });
        await client.InitializeAsync();
        await client.SendAsync(Notification("textDocument/didOpen", Open(Text)));
        await client.SendAsync(Request(7, "textDocument/documentSymbol", new { textDocument = Doc }));
        await client.ResponseAsync(7);
        for (var wait = 0; wait < 100 && Volatile.Read(ref collections) == 0; wait++)
        {
            await Task.Delay(20);
        }

        Assert.True(Volatile.Read(ref collections) > 0);
    }
}
