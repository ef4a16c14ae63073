using System.Text.Json;
using CmPlan.LanguageServer.Protocol;
using CmPlan.LanguageServer.Server;

namespace CmPlan.Tests.LanguageServer;

/// <summary>
/// The JSON-RPC core's table of requests in flight: cancelled, made stale by a change, answered
/// exactly once; an answer handed in and not sent (replaced by an error, or a second answer) is
/// released there, its pooled buffer given back once.
/// </summary>
public class PendingRequestTests
{
    private static readonly JsonElement One = JsonDocument.Parse("1").RootElement;
    private static readonly JsonElement OneAsText = JsonDocument.Parse("\"1\"").RootElement;

    private readonly CountingPool pool = new();

    private static int Code(OutgoingMessage? answer) => Lsp.Parse(answer!).GetProperty("error").GetProperty("code").GetInt32();

    /// <summary>An answer serialized into the counted pool, as a handler's would be.</summary>
    private OutgoingMessage Result()
    {
        using (MessagePool.Use(pool))
        {
            return Rpc.Respond(One, writer => writer.WriteStringValue("résultat 🎉"), 16);
        }
    }

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
        Assert.Equal(ErrorCodes.RequestCancelled, Code(pending.Finish(One, Result())));
        Assert.Null(pending.Finish(One, Result()));
        Assert.False(pending.IsCancelled(OneAsText));
        var result = Result();
        Assert.Same(result, pending.Finish(OneAsText, result));
        Assert.Null(pending.Finish(OneAsText, Result()));
        Assert.Equal("résultat 🎉", Lsp.Parse(result).GetProperty("result").GetString());
        result.Dispose();
        pool.AssertAllReturnedOnce(rented: 4);
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
        Assert.Equal(ErrorCodes.ContentModified, Code(pending.Finish(One, Result())));
        using (var answer = pending.Finish(two, Result()))
        {
            Assert.Equal(1, Lsp.Parse(answer!).GetProperty("id").GetInt32());
        }

        pending.Finish(three, Result())!.Dispose();

        // A request read after the change is about the new version: it stands.
        pending.Received(One, "file:///a.cmplan");
        pending.Finish(One, Result())!.Dispose();
        pool.AssertAllReturnedOnce(rented: 4);
    }

    [Fact]
    public void Work_cancelled_while_it_runs_is_answered_once_whoever_comes_first()
    {
        var pending = new PendingRequests();
        pending.Received(One, "file:///a.cmplan");
        pending.Changed("file:///a.cmplan");
        Assert.Equal(ErrorCodes.ContentModified, Code(pending.Finish(One, null)));
        Assert.Null(pending.Finish(One, Result()));
        pool.AssertAllReturnedOnce(rented: 1);
    }
}
