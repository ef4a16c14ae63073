using System.Collections.Concurrent;
using System.Text.Json;
using CmPlan.LanguageServer.Protocol;

namespace CmPlan.LanguageServer.Server;

/// <summary>
/// The requests read and not answered yet. The reader registers each request with the document
/// it is about, cancels it on <c>$/cancelRequest</c> (RequestCancelled) or when a newer
/// <c>didChange</c> of its document arrives (ContentModified, LSP 3.17), whether it waits in the
/// queue or runs; whoever answers goes through <see cref="Finish"/>, so each request gets exactly
/// one answer. A cancel for a request not pending is ignored.
/// </summary>
public sealed class PendingRequests
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public void Received(JsonElement id, string? uri) => entries[id.GetRawText()] = new Entry(uri);

    public void Cancel(JsonElement id)
    {
        if (entries.TryGetValue(id.GetRawText(), out var entry))
        {
            entry.Cancel(ErrorCodes.RequestCancelled);
        }
    }

    /// <summary>A newer version of <paramref name="uri"/>: every request about it still pending is stale.</summary>
    public void Changed(string uri)
    {
        foreach (var entry in entries.Values)
        {
            if (entry.Uri == uri)
            {
                entry.Cancel(ErrorCodes.ContentModified);
            }
        }
    }

    /// <summary>The token a handler of the request checks; cancelled with the request.</summary>
    public CancellationToken Token(JsonElement id) =>
        entries.TryGetValue(id.GetRawText(), out var entry) ? entry.Source.Token : CancellationToken.None;

    /// <summary>
    /// The answer to send for the request: <paramref name="result"/>, or the error that replaces it
    /// when the request was cancelled (always so when <paramref name="result"/> is null); null when
    /// it was answered already. A <paramref name="result"/> not returned is released here: the
    /// caller hands it over either way.
    /// </summary>
    public OutgoingMessage? Finish(JsonElement id, OutgoingMessage? result)
    {
        if (!entries.TryGetValue(id.GetRawText(), out var entry) || Interlocked.Exchange(ref entry.Answered, 1) == 1)
        {
            result?.Dispose();
            return null;
        }

        entries.TryRemove(new KeyValuePair<string, Entry>(id.GetRawText(), entry));
        var answer = entry.Reason switch
        {
            ErrorCodes.RequestCancelled => Rpc.Error(id, ErrorCodes.RequestCancelled, "The request was cancelled."),
            ErrorCodes.ContentModified => Rpc.Error(id, ErrorCodes.ContentModified, "The document changed: the request was for an older version."),
            _ => result ?? Rpc.Error(id, ErrorCodes.RequestCancelled, "The request was cancelled."),
        };
        if (answer != result)
        {
            result?.Dispose();
        }

        return answer;
    }

    /// <summary>Whether the request was cancelled (and should not start).</summary>
    public bool IsCancelled(JsonElement id) => entries.TryGetValue(id.GetRawText(), out var entry) && entry.Reason != 0;

    private sealed class Entry(string? uri)
    {
        public int Answered;

        private int reason;

        public string? Uri { get; } = uri;

        public CancellationTokenSource Source { get; } = new();

        public int Reason => Volatile.Read(ref reason);

        public void Cancel(int code)
        {
            if (Interlocked.CompareExchange(ref reason, code, 0) == 0)
            {
                Source.Cancel();
            }
        }
    }
}
