using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CmPlan.Bench.Content;

/// <summary>The plan as JSON, through the source-generated <see cref="PlanJsonContext"/> (no reflection).</summary>
public static class PlanJson
{
    // Indented, and accents written as themselves: the file a person would keep.
    private static readonly JsonSerializerOptions WriteOptions = new(PlanJsonContext.Default.Options)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(PlanDocument document) =>
        JsonSerializer.Serialize(document, (JsonTypeInfo<PlanDocument>)WriteOptions.GetTypeInfo(typeof(PlanDocument)));

    public static PlanDocument Read(string json) =>
        JsonSerializer.Deserialize(json, PlanJsonContext.Default.PlanDocument) ?? throw new JsonException("The JSON plan is null.");
}
