using System.Text.Json;

namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary><c>$/cancelRequest</c>: the id of the request to cancel.</summary>
public sealed record CancelParams(JsonElement Id);
