using System.Text.Json;
using System.Threading.Channels;
using CmPlan.LanguageServer.Protocol;

namespace CmPlan.LanguageServer.Server;

/// <summary>
/// The server over two streams: a reader task frames and parses messages (and notes
/// <c>$/cancelRequest</c> at once), the handler loop takes them strictly in order. Returns the
/// process exit code: 0 after <c>shutdown</c> then <c>exit</c>, 1 for <c>exit</c> without
/// <c>shutdown</c> or the input ending first.
/// </summary>
public static class LspServer
{
    public static async Task<int> RunAsync(Stream input, Stream output, ServerOptions options, CancellationToken cancellation)
    {
        using var writer = new MessageWriter(output);
        var dispatcher = new Dispatcher(options);
        var tracker = new CancellationTracker();
        var queue = Channel.CreateUnbounded<Received>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var reading = ReadAllAsync(new MessageReader(input), queue.Writer, tracker, cancellation);

        await foreach (var received in queue.Reader.ReadAllAsync(cancellation).ConfigureAwait(false))
        {
            if (received.Message is not { } message)
            {
                await writer.WriteAsync(received.Error ?? [], cancellation).ConfigureAwait(false);
                continue;
            }

            if (message is { IsRequest: true, Id: { } id } && tracker.Take(id))
            {
                await writer.WriteAsync(Dispatcher.Cancelled(id), cancellation).ConfigureAwait(false);
                continue;
            }

            var result = dispatcher.Handle(message);
            foreach (var body in result.Messages)
            {
                await writer.WriteAsync(body, cancellation).ConfigureAwait(false);
            }

            if (result.ExitCode is { } code)
            {
                return code;
            }
        }

        await reading.ConfigureAwait(false);
        return 1;
    }

    /// <summary>Parses one body: a message, or the error response to send instead.</summary>
    public static Received Parse(byte[] body)
    {
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            return new Received(null, Dispatcher.Malformed(ErrorCodes.ParseError, "The message is not valid UTF-8."));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            return new Received(null, Dispatcher.Malformed(ErrorCodes.ParseError, $"The message is not JSON: {e.Message}"));
        }

        using (document)
        {
            try
            {
                return document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.Deserialize(LspJsonContext.Default.IncomingMessage) is { } message
                    ? new Received(message, null)
                    : new Received(null, Dispatcher.Malformed(ErrorCodes.InvalidRequest, "A message must be a JSON object."));
            }
            catch (JsonException e)
            {
                return new Received(null, Dispatcher.Malformed(ErrorCodes.InvalidRequest, $"The message is not a JSON-RPC message: {e.Message}"));
            }
        }
    }

    private static async Task ReadAllAsync(MessageReader reader, ChannelWriter<Received> queue, CancellationTracker tracker, CancellationToken cancellation)
    {
        try
        {
            while (await reader.ReadAsync(cancellation).ConfigureAwait(false) is { } body)
            {
                var received = Parse(body);
                if (received.Message is { Method: "$/cancelRequest", Id: null, Params: { } parameters })
                {
                    if (parameters.ValueKind == JsonValueKind.Object && parameters.TryGetProperty("id", out var id))
                    {
                        tracker.Cancel(id);
                    }

                    continue;
                }

                if (received.Message is { IsRequest: true, Id: { } requestId })
                {
                    tracker.Received(requestId);
                }

                await queue.WriteAsync(received, cancellation).ConfigureAwait(false);
            }
        }
        finally
        {
            queue.TryComplete();
        }
    }
}
