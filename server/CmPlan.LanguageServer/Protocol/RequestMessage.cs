using System.Text.Json;
using System.Text.Json.Serialization;

namespace CmPlan.LanguageServer.Protocol;

/// <summary>A request from the server to the client (<c>workspace/configuration</c>, <c>client/registerCapability</c>, <c>workspace/diagnostic/refresh</c>: no params).</summary>
public sealed record RequestMessage(string Id, string Method, JsonElement? Params)
{
    [JsonPropertyOrder(-1)]
    public string Jsonrpc => "2.0";
}
