using CmPlan.LanguageServer.Server;
using static CmPlan.Tests.LanguageServer.FeaturePlan;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer;

/// <summary>
/// After a burst of work that allocated more than its threshold (analysing a plan from scratch),
/// the server collects to give the memory back; after an edit below it, it does not.
/// </summary>
public class MemoryReleaseTests
{
    private static (Dispatcher Dispatcher, Func<int> Collections) Server(long threshold)
    {
        var collections = 0;
        var dispatcher = new Dispatcher(Options with { Spike = new AllocationSpike(threshold, () => collections++) });
        Send(dispatcher, Request(1, "initialize", InitializeParams(utf8: false)));
        Send(dispatcher, Notification("initialized"));
        return (dispatcher, () => collections);
    }

    private static object TypedAt(int offset) => new
    {
        textDocument = new { uri = DocUri, version = 2 },
        contentChanges = new[] { new { range = Range(0, offset, 0, offset), text = "x" } },
    };

    [Fact]
    public void Opening_a_plan_that_allocates_more_than_the_threshold_collects_once()
    {
        var (dispatcher, collections) = Server(threshold: 1);
        Send(dispatcher, Notification("textDocument/didOpen", Open(Text)));
        Assert.Equal(1, collections());
    }

    [Fact]
    public void Opening_and_editing_below_the_threshold_collects_nothing()
    {
        var (dispatcher, collections) = Server(AllocationSpike.DefaultThreshold);
        Send(dispatcher, Notification("textDocument/didOpen", Open(Text)));
        Send(dispatcher, Notification("textDocument/didChange", TypedAt(2)));
        Assert.Equal(0, collections());
    }

    [Fact]
    public void Analysis_results_do_not_depend_on_the_collection()
    {
        var (dispatcher, _) = Server(threshold: 1);
        var collected = Send(dispatcher, Notification("textDocument/didOpen", Open(Text)));
        var (plain, _) = Server(AllocationSpike.DefaultThreshold);
        Assert.Equal(
            string.Join('\n', Send(plain, Notification("textDocument/didOpen", Open(Text))).Select(m => m.ToString())),
            string.Join('\n', collected.Select(m => m.ToString())));
    }
}
