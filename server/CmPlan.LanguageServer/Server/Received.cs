namespace CmPlan.LanguageServer.Server;

/// <summary>A message as read: parsed, or the serialized error response that replaces it.</summary>
public sealed record Received(Protocol.IncomingMessage? Message, byte[]? Error);
