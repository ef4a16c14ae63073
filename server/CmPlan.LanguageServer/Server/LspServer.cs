using System.Text.Json;
using System.Threading.Channels;
using CmPlan.LanguageServer.Protocol;

namespace CmPlan.LanguageServer.Server;

/// <summary>
/// The server over two streams, the JSON-RPC core. A reader task frames and parses messages and
/// acts at once on what cannot wait: <c>$/cancelRequest</c>, and a <c>didChange</c> that makes the
/// requests pending for its document stale (<see cref="PendingRequests"/>). The message loop takes
/// messages in order; it tells the dispatcher whether more are waiting, so queued changes are
/// applied one after the other and analysed once. A background handler's work runs off the loop
/// and is answered when done, or at once with the error when cancelled; <c>shutdown</c> is answered
/// after every such work started before it. Every message sent is serialized into memory from
/// the options' pool, owned by one <see cref="OutgoingMessage"/> until written or dropped (a stale or
/// second answer), then given back. Returns the process exit
/// code: 0 after <c>shutdown</c> then <c>exit</c>, 1 for <c>exit</c> without <c>shutdown</c> or
/// the input ending first.
/// </summary>
public static class LspServer
{
    public static async Task<int> RunAsync(Stream input, Stream output, ServerOptions options, CancellationToken cancellation)
    {
        using var pool = MessagePool.Use(options.Pool);
        using var writer = new MessageWriter(output);
        var dispatcher = new Dispatcher(options);
        var pending = new PendingRequests();
        // Not SingleReader: that channel cannot count what waits, which tells the dispatcher whether more is coming.
        var queue = Channel.CreateUnbounded<Received>(new UnboundedChannelOptions { SingleReader = false, SingleWriter = true });
        var reading = ReadAllAsync(new MessageReader(input), queue.Writer, pending, cancellation);
        var background = new BackgroundWork();
        var idle = options.Idle();

        while (await queue.Reader.WaitToReadAsync(cancellation).ConfigureAwait(false))
        {
            while (queue.Reader.TryRead(out var received))
            {
                if (received.Message is not { } message)
                {
                    await writer.WriteAsync(received.Error ?? new OutgoingMessage([]), cancellation).ConfigureAwait(false);
                    continue;
                }

                var request = message is { IsRequest: true, Id: { } id } ? id : (JsonElement?)null;
                if (message.Method == "shutdown")
                {
                    // Every request before shutdown is answered before it (work off the loop included).
                    await background.WhenDone().ConfigureAwait(false);
                }

                if (request is { } cancelled && pending.IsCancelled(cancelled))
                {
                    await SendAsync(writer, pending.Finish(cancelled, null), cancellation).ConfigureAwait(false);
                    continue;
                }

                // Disposed at the end: releases what a failed write left unsent (a sent message is released already).
                using var result = dispatcher.Handle(message, more: queue.Reader.Count > 0);
                foreach (var body in result.Messages)
                {
                    await writer.WriteAsync(body, cancellation).ConfigureAwait(false);
                }

                if (request is { } answered)
                {
                    if (result.Later is { } work)
                    {
                        background.Add(RunInBackground(answered, work, pending, writer, idle, () => queue.Reader.Count == 0));
                    }
                    else
                    {
                        await SendAsync(writer, pending.Finish(answered, result.Answer), cancellation).ConfigureAwait(false);
                    }
                }

                if (result.ExitCode is { } code)
                {
                    return code;
                }
            }

            idle.Idle(queueEmpty: queue.Reader.Count == 0);
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

    /// <summary>
    /// The work of a long request, off the loop: its answer when done, or the cancellation error as
    /// soon as the request is cancelled (whichever comes first; <see cref="PendingRequests.Finish"/> keeps the other out).
    /// </summary>
    private static Task RunInBackground(JsonElement id, Work work, PendingRequests pending, MessageWriter writer, IdleCollection idle, Func<bool> queueEmpty)
    {
        var token = pending.Token(id);
        token.Register(() => _ = SendAsync(writer, pending.Finish(id, null), CancellationToken.None));
        idle.Begin();
        return Task.Run(async () =>
        {
            try
            {
                OutgoingMessage? answer;
                try
                {
                    answer = work(token);
                }
                catch (OperationCanceledException)
                {
                    answer = null;
                }

                await SendAsync(writer, pending.Finish(id, answer), CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                idle.End(queueEmpty());
            }
        });
    }

    private static async Task SendAsync(MessageWriter writer, OutgoingMessage? body, CancellationToken cancellation)
    {
        if (body is not null)
        {
            try
            {
                await writer.WriteAsync(body, cancellation).ConfigureAwait(false);
            }
            catch (ObjectDisposedException)
            {
                // The server stopped while background work finished: nobody to answer.
            }
        }
    }

    private static async Task ReadAllAsync(MessageReader reader, ChannelWriter<Received> queue, PendingRequests pending, CancellationToken cancellation)
    {
        try
        {
            while (await reader.ReadAsync(cancellation).ConfigureAwait(false) is { } body)
            {
                var received = Parse(body);
                switch (received.Message)
                {
                    case { Method: "$/cancelRequest", Id: null, Params: { } parameters }:
                        if (parameters.ValueKind == JsonValueKind.Object && parameters.TryGetProperty("id", out var id))
                        {
                            pending.Cancel(id);
                        }

                        continue;
                    case { Method: "textDocument/didChange", Id: null } change when DocumentOf(change.Params) is { } uri:
                        pending.Changed(uri);
                        break;
                    case { IsRequest: true, Id: { } requestId } request:
                        pending.Received(requestId, DocumentOf(request.Params));
                        break;
                    default:
                        break;
                }

                await queue.WriteAsync(received, cancellation).ConfigureAwait(false);
            }
        }
        finally
        {
            queue.TryComplete();
        }
    }

    /// <summary>The document a message is about: <c>params.textDocument.uri</c>, or <c>params.data.uri</c> (a code action to resolve).</summary>
    private static string? DocumentOf(JsonElement? parameters)
    {
        if (parameters is not { ValueKind: JsonValueKind.Object } p)
        {
            return null;
        }

        foreach (var holder in (ReadOnlySpan<string>)["textDocument", "data"])
        {
            if (p.TryGetProperty(holder, out var document) && document.ValueKind == JsonValueKind.Object
                && document.TryGetProperty("uri", out var uri) && uri.ValueKind == JsonValueKind.String)
            {
                return uri.GetString();
            }
        }

        return null;
    }
}
