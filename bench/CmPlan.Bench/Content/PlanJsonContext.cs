using System.Text.Json.Serialization;

namespace CmPlan.Bench.Content;

/// <summary>System.Text.Json's source-generated reader and writer of <see cref="PlanDocument"/> (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PlanDocument))]
public sealed partial class PlanJsonContext : JsonSerializerContext;
