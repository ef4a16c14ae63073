using System.Text;

namespace CmPlan.LanguageServer.Protocol;

/// <summary>
/// Reads base-protocol messages: a header block (<c>Content-Length: n</c>, CRLF-separated, ended
/// by an empty line) then <c>n</c> bytes of UTF-8 JSON. A header block without a valid length is
/// skipped whole; the reader never throws on bad input, only on a broken stream.
/// </summary>
/// <remarks>
/// The input is read in chunks into a buffer, not a byte at a time: standard input is not buffered,
/// and each read of it is a system call (and a task), about thirty for a header block.
/// </remarks>
public sealed class MessageReader(Stream input)
{
    private const int MaxHeaderLine = 8192;
    private const int MaxBody = 64 * 1024 * 1024;
    private const string ContentLength = "Content-Length";

    /// <summary>What was read from the input and not taken yet: bytes <see cref="start"/> to <see cref="end"/>.</summary>
    private readonly byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;

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
            var read = Math.Min(n, end - start);
            Buffer.BlockCopy(buffer, start, body, 0, read);
            start += read;
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
        var scanned = 0; // bytes from start known to hold no LF
        while (true)
        {
            var lf = Array.IndexOf(buffer, (byte)'\n', start + scanned, end - start - scanned);
            if (lf >= 0)
            {
                // A line too long keeps its end, where a header lost in junk would be (see ParseLength).
                var from = Math.Max(start, lf - MaxHeaderLine);
                var to = lf > from && buffer[lf - 1] == (byte)'\r' ? lf - 1 : lf;
                start = lf + 1;
                return Encoding.ASCII.GetString(buffer, from, to - from);
            }

            scanned = end - start;
            if (scanned >= MaxHeaderLine)
            {
                start = end - (MaxHeaderLine / 2);
                scanned = MaxHeaderLine / 2;
            }

            if (!await FillAsync(cancellation).ConfigureAwait(false))
            {
                return null;
            }
        }
    }

    /// <summary>Reads what the input has (at least a byte) after what the buffer holds; false at the end of the input.</summary>
    private async Task<bool> FillAsync(CancellationToken cancellation)
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            (start, end) = (0, end - start);
        }

        var count = await input.ReadAsync(buffer.AsMemory(end), cancellation).ConfigureAwait(false);
        end += count;
        return count > 0;
    }
}
