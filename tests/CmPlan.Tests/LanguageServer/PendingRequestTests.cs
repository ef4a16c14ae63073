using System.Text.Json;
using CmPlan.LanguageServer.Protocol;
using CmPlan.LanguageServer.Server;

namespace CmPlan.Tests.LanguageServer;

/// <summary>The JSON-RPC core's table of requests in flight: cancelled, made stale by a change, answered exactly once.</summary>
public class PendingRequestTests
{
    private static readonly JsonElement One = JsonDocument.Parse("1").RootElement;
    private static readonly JsonElement OneAsText = JsonDocument.Parse("\"1\"").RootElement;
    private static readonly byte[] Result = [1, 2, 3];

    private static int Code(byte[]? answer) => Lsp.Parse(answer!).GetProperty("error").GetProperty("code").GetInt32();

    [Fact]
    public void A_cancelled_request_is_answered_request_cancelled_once_and_other_ids_are_untouched()
    {
        var pending = new PendingRequests();
        pending.Received(One, null);
        pending.Received(OneAsText, null);
        pending.Cancel(One);
        pending.Cancel(JsonDocument.Parse("99").RootElement);
        Assert.True(pending.IsCancelled(One));
        Assert.True(pending.Token(One).IsCancellationRequested);
        Assert.Equal(ErrorCodes.RequestCancelled, Code(pending.Finish(One, Result)));
        Assert.Null(pending.Finish(One, Result));
        Assert.False(pending.IsCancelled(OneAsText));
        Assert.Equal(Result, pending.Finish(OneAsText, Result));
        Assert.Null(pending.Finish(OneAsText, Result));
    }

    [Fact]
    public void A_change_makes_the_requests_pending_for_its_document_content_modified_and_only_those()
    {
        var pending = new PendingRequests();
        var two = JsonDocument.Parse("2").RootElement;
        var three = JsonDocument.Parse("3").RootElement;
        pending.Received(One, "file:///a.cmplan");
        pending.Received(two, "file:///b.cmplan");
        pending.Received(three, null);
        pending.Changed("file:///a.cmplan");
        Assert.True(pending.Token(One).IsCancellationRequested);
        Assert.Equal(ErrorCodes.ContentModified, Code(pending.Finish(One, Result)));
        Assert.Equal(Result, pending.Finish(two, Result));
        Assert.Equal(Result, pending.Finish(three, Result));

        // A request read after the change is about the new version: it stands.
        pending.Received(One, "file:///a.cmplan");
        Assert.Equal(Result, pending.Finish(One, Result));
    }

    [Fact]
    public void Work_cancelled_while_it_runs_is_answered_once_whoever_comes_first()
    {
        var pending = new PendingRequests();
        pending.Received(One, "file:///a.cmplan");
        pending.Changed("file:///a.cmplan");
        Assert.Equal(ErrorCodes.ContentModified, Code(pending.Finish(One, null)));
        Assert.Null(pending.Finish(One, Result));
    }
}
