using System.Text.Json;

namespace CmPlan.LanguageServer.Protocol;

/// <summary>A notification from the server to the client.</summary>
public sealed record NotificationMessage(string Method, JsonElement Params)
{
    public string Jsonrpc => "2.0";
}
