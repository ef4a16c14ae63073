using System.Text.Json;
using System.Text.Json.Serialization;

namespace CmPlan.LanguageServer.Protocol;

/// <summary>A notification from the server to the client.</summary>
public sealed record NotificationMessage(string Method, JsonElement Params)
{
    [JsonPropertyOrder(-1)]
    public string Jsonrpc => "2.0";
}
