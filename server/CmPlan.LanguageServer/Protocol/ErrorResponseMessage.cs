using System.Text.Json;
using System.Text.Json.Serialization;

namespace CmPlan.LanguageServer.Protocol;

/// <summary>A failed response; the id is JSON null when the request could not be read.</summary>
public sealed record ErrorResponseMessage(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] JsonElement Id,
    ResponseError Error)
{
    [JsonPropertyOrder(-1)]
    public string Jsonrpc => "2.0";
}
