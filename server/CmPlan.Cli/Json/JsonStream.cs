using System.Buffers;
using System.Text;
using System.Text.Json;

namespace CmPlan.Cli.Json;

/// <summary>
/// One JSON document written in pieces, with <see cref="JsonText.Options"/>: what the writer holds
/// goes out at each <see cref="Flush"/> (between values, so never inside a character), and the
/// whole is byte for byte what <see cref="JsonText.Build"/> would give, newline-terminated.
/// </summary>
public sealed class JsonStream : IDisposable
{
    private readonly ArrayBufferWriter<byte> buffer = new();

    public JsonStream() => Writer = new Utf8JsonWriter(buffer, JsonText.Options);

    public Utf8JsonWriter Writer { get; }

    public void Flush(TextWriter output)
    {
        Writer.Flush();
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        buffer.ResetWrittenCount();
    }

    /// <summary>The rest of the document and its final newline.</summary>
    public void Finish(TextWriter output)
    {
        Flush(output);
        output.Write('\n');
    }

    public void Dispose() => Writer.Dispose();
}
