using System.Text.Json;

namespace CmPlan.LanguageServer.Protocol;

/// <summary>
/// A message from the client, as read: a request has an id and a method, a notification only a
/// method, a response an id and a result or an error. Params stay raw until a handler reads them.
/// </summary>
public sealed record IncomingMessage(
    string? Jsonrpc = null,
    JsonElement? Id = null,
    string? Method = null,
    JsonElement? Params = null,
    JsonElement? Result = null,
    ResponseError? Error = null)
{
    public bool IsRequest => Method is not null && Id is not null;

    public bool IsNotification => Method is not null && Id is null;
}
