using System.Text.Json;
using System.Text.Json.Serialization;

namespace CmPlan.LanguageServer.Protocol;

/// <summary>A successful response; <see cref="Result"/> is written even when it is JSON null.</summary>
public sealed record ResponseMessage(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] JsonElement Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] JsonElement Result)
{
    [JsonPropertyOrder(-1)]
    public string Jsonrpc => "2.0";
}
