using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CmPlan.LanguageServer.Protocol;

/// <summary>
/// Reads a document's text as the editor holds it, unpaired surrogates included. An editor's
/// strings are UTF-16 and may hold half an emoji (a paste, an edit inside the pair); JSON sends it
/// as an escape (<c>\ud83c</c>), which System.Text.Json refuses to make a string of, so the whole
/// notification was dropped. The unit is kept, not replaced: positions count it.
/// </summary>
public sealed class EditorTextConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A text must be a string.");
        }

        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return Unescape(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    /// <summary>The string of a JSON string's raw bytes, which the reader has already checked.</summary>
    private static string Unescape(ReadOnlySpan<byte> raw)
    {
        var text = new StringBuilder(raw.Length);
        var run = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != (byte)'\\')
            {
                continue;
            }

            text.Append(Encoding.UTF8.GetString(raw[run..i]));
            i++;
            if (raw[i] == (byte)'u')
            {
                Utf8Parser.TryParse(raw.Slice(i + 1, 4), out ushort unit, out _, 'X');
                text.Append((char)unit);
                i += 4;
            }
            else
            {
                text.Append(raw[i] switch
                {
                    (byte)'b' => '\b',
                    (byte)'f' => '\f',
                    (byte)'n' => '\n',
                    (byte)'r' => '\r',
                    (byte)'t' => '\t',
                    var same => (char)same, // " \ /
                });
            }

            run = i + 1;
        }

        return text.Append(Encoding.UTF8.GetString(raw[run..])).ToString();
    }
}
