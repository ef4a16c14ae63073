using CmPlan.LanguageServer.Protocol;

namespace CmPlan.LanguageServer.Server;

/// <summary>A message as read: parsed, or the serialized error response that replaces it.</summary>
public sealed record Received(IncomingMessage? Message, OutgoingMessage? Error);
