using System.Text;

namespace CmPlan.LanguageServer.Protocol;

/// <summary>
/// Reads base-protocol messages: a header block (<c>Content-Length: n</c>, CRLF-separated, ended
/// by an empty line) then <c>n</c> bytes of UTF-8 JSON. A header block without a valid length is
/// skipped whole; the reader never throws on bad input, only on a broken stream.
/// </summary>
public sealed class MessageReader(Stream input)
{
    private const int MaxHeaderLine = 8192;
    private const int MaxBody = 64 * 1024 * 1024;
    private const string ContentLength = "Content-Length";

    /// <summary>The next message body, or null at the end of the input.</summary>
    public async Task<byte[]?> ReadAsync(CancellationToken cancellation)
    {
        while (true)
        {
            int? length = null;
            var sawHeader = false;
            while (true)
            {
                var line = await ReadLineAsync(cancellation).ConfigureAwait(false);
                if (line is null)
                {
                    return null;
                }

                if (line.Length == 0)
                {
                    if (sawHeader)
                    {
                        break;
                    }

                    continue;
                }

                sawHeader = true;
                length = ParseLength(line) ?? length;
            }

            if (length is not { } n)
            {
                continue;
            }

            var body = new byte[n];
            var read = 0;
            while (read < n)
            {
                var count = await input.ReadAsync(body.AsMemory(read), cancellation).ConfigureAwait(false);
                if (count == 0)
                {
                    return null;
                }

                read += count;
            }

            return body;
        }
    }

    /// <summary>
    /// The length a header line gives. The name may come after junk: when a body is longer than its
    /// Content-Length said, its rest runs into the next header line, which is found again here
    /// instead of losing every message after it.
    /// </summary>
    private static int? ParseLength(string line)
    {
        var name = line.LastIndexOf(ContentLength, StringComparison.OrdinalIgnoreCase);
        if (name < 0 || (name > 0 && (char.IsAsciiLetterOrDigit(line[name - 1]) || line[name - 1] == '-')))
        {
            return null;
        }

        var value = line.AsSpan(name + ContentLength.Length).TrimStart();
        return value.StartsWith(":")
            && int.TryParse(value[1..].Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            && n <= MaxBody ? n : null;
    }

    /// <summary>One header line without its terminator (LF or CRLF), as ASCII; null at the end of the input.</summary>
    private async Task<string?> ReadLineAsync(CancellationToken cancellation)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            var count = await input.ReadAsync(one, cancellation).ConfigureAwait(false);
            if (count == 0)
            {
                return null;
            }

            if (one[0] == (byte)'\n')
            {
                if (bytes.Count > 0 && bytes[^1] == (byte)'\r')
                {
                    bytes.RemoveAt(bytes.Count - 1);
                }

                return Encoding.ASCII.GetString(bytes.ToArray());
            }

            // A line too long keeps its end, where a header lost in junk would be (see ParseLength).
            if (bytes.Count == MaxHeaderLine)
            {
                bytes.RemoveRange(0, MaxHeaderLine / 2);
            }

            bytes.Add(one[0]);
        }
    }
}
