using System.Collections.Immutable;

namespace CmPlan.LanguageServer.Server;

/// <summary>What handling one message produced: messages to send (serialized JSON, in order) and, after <c>exit</c>, the exit code.</summary>
public sealed record DispatchResult(ImmutableArray<byte[]> Messages, int? ExitCode);
