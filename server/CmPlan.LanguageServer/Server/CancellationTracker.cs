using System.Collections.Concurrent;
using System.Text.Json;

namespace CmPlan.LanguageServer.Server;

/// <summary>
/// The requests read but not yet handled, and which of them the client cancelled. The reader
/// marks, the handler loop takes; a cancel for a request not pending is ignored.
/// </summary>
public sealed class CancellationTracker
{
    private readonly ConcurrentDictionary<string, bool> pending = new(StringComparer.Ordinal);

    public void Received(JsonElement id) => pending[id.GetRawText()] = false;

    public void Cancel(JsonElement id) => pending.TryUpdate(id.GetRawText(), true, false);

    /// <summary>Removes the request from the pending ones; true when it was cancelled.</summary>
    public bool Take(JsonElement id) => pending.TryRemove(id.GetRawText(), out var cancelled) && cancelled;
}
