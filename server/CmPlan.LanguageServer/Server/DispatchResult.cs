using System.Collections.Immutable;
using CmPlan.LanguageServer.Protocol;

namespace CmPlan.LanguageServer.Server;

/// <summary>
/// What handling one message produced: messages to send first (serialized JSON, in order), the
/// answer to a request, or the <see cref="Later"/> work that will make it off the message loop,
/// and, after <c>exit</c>, the exit code. The messages own pooled memory: whoever takes them sends
/// or releases each; <see cref="Dispose"/> releases whatever was not (a write that failed).
/// </summary>
public sealed record DispatchResult(ImmutableArray<OutgoingMessage> Messages, int? ExitCode, OutgoingMessage? Answer = null, Work? Later = null) : IDisposable
{
    public void Dispose()
    {
        foreach (var message in Messages)
        {
            message.Dispose();
        }

        Answer?.Dispose();
    }
}
