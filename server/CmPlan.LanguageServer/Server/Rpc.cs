using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CmPlan.LanguageServer.Protocol;

namespace CmPlan.LanguageServer.Server;

/// <summary>
/// JSON-RPC messages as the bytes sent: responses, errors, notifications and requests to the
/// client. A result is written once, straight into its response (never serialized twice), in
/// memory from <see cref="MessagePool"/>: the message returned owns it until it is sent or released.
/// Errors and requests to the client, small, are plain arrays.
/// </summary>
public static class Rpc
{
    public static readonly JsonElement Null = JsonDocument.Parse("null").RootElement.Clone();

    /// <summary>A response with <paramref name="result"/>, JSON null when it is null.</summary>
    public static OutgoingMessage Respond<T>(JsonElement id, T? result, JsonTypeInfo<T> type) =>
        Write(writer =>
        {
            writer.WriteString("jsonrpc", "2.0");
            writer.WritePropertyName("id");
            id.WriteTo(writer);
            writer.WritePropertyName("result");
            if (result is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                JsonSerializer.Serialize(writer, result, type);
            }
        });

    /// <summary>A response whose result <paramref name="result"/> writes, for answers too large to build as objects first; about <paramref name="capacity"/> bytes.</summary>
    public static OutgoingMessage Respond(JsonElement id, Action<Utf8JsonWriter> result, int capacity) =>
        Write(
            writer =>
            {
                writer.WriteString("jsonrpc", "2.0");
                writer.WritePropertyName("id");
                id.WriteTo(writer);
                writer.WritePropertyName("result");
                result(writer);
            },
            capacity);

    /// <summary>A response whose result is JSON null.</summary>
    public static OutgoingMessage Empty(JsonElement id) =>
        Write(writer =>
        {
            writer.WriteString("jsonrpc", "2.0");
            writer.WritePropertyName("id");
            id.WriteTo(writer);
            writer.WriteNull("result");
        });

    public static OutgoingMessage Error(JsonElement id, int code, string message) =>
        Serialize(new ErrorResponseMessage(id, new ResponseError(code, message)), LspJsonContext.Default.ErrorResponseMessage);

    public static OutgoingMessage Notification<T>(string method, T parameters, JsonTypeInfo<T> type) =>
        Write(writer =>
        {
            writer.WriteString("jsonrpc", "2.0");
            writer.WriteString("method", method);
            writer.WritePropertyName("params");
            JsonSerializer.Serialize(writer, parameters, type);
        });

    public static OutgoingMessage Request<T>(string id, string method, T parameters, JsonTypeInfo<T> type) =>
        Serialize(new RequestMessage(id, method, JsonSerializer.SerializeToElement(parameters, type)), LspJsonContext.Default.RequestMessage);

    /// <summary>A request without params.</summary>
    public static OutgoingMessage Request(string id, string method) =>
        Serialize(new RequestMessage(id, method, null), LspJsonContext.Default.RequestMessage);

    /// <summary>Params read as <typeparamref name="T"/>; params that are not an object, or of the wrong shape, are a <see cref="JsonException"/>.</summary>
    public static T Read<T>(JsonElement? parameters, JsonTypeInfo<T> type) =>
        parameters is { ValueKind: JsonValueKind.Object } p
            ? p.Deserialize(type) ?? throw new JsonException("params are null")
            : throw new JsonException("params must be an object");

    private static OutgoingMessage Serialize<T>(T value, JsonTypeInfo<T> type) => new(JsonSerializer.SerializeToUtf8Bytes(value, type));

    /// <summary>An object of <paramref name="members"/>; the buffer goes back to the pool if writing them throws (a cancelled handler).</summary>
    private static OutgoingMessage Write(Action<Utf8JsonWriter> members, int capacity = 256)
    {
        using var buffer = new PooledBufferWriter(MessagePool.Current, capacity);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            members(writer);
            writer.WriteEndObject();
        }

        return buffer.ToMessage();
    }
}
