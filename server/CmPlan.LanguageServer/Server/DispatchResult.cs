using System.Collections.Immutable;

namespace CmPlan.LanguageServer.Server;

/// <summary>
/// What handling one message produced: messages to send first (serialized JSON, in order), the
/// answer to a request, or the <see cref="Later"/> work that will make it off the message loop,
/// and, after <c>exit</c>, the exit code.
/// </summary>
public sealed record DispatchResult(ImmutableArray<byte[]> Messages, int? ExitCode, byte[]? Answer = null, Work? Later = null);
