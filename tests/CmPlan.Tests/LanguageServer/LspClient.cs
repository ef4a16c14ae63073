using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using CmPlan.LanguageServer.Protocol;
using CmPlan.LanguageServer.Server;

namespace CmPlan.Tests.LanguageServer;

/// <summary>A client talking to <see cref="LspServer"/> over in-process pipes, with framing on both sides.</summary>
public sealed class LspClient : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly Pipe toServer = new();
    private readonly Pipe fromServer = new();
    private readonly Stream input;
    private readonly MessageReader reader;

    public LspClient()
    {
        input = toServer.Writer.AsStream();
        reader = new MessageReader(fromServer.Reader.AsStream());
        Server = Task.Run(() => LspServer.RunAsync(toServer.Reader.AsStream(), fromServer.Writer.AsStream(), Lsp.Options, CancellationToken.None));
    }

    /// <summary>The server's run: its exit code once it stops.</summary>
    public Task<int> Server { get; }

    public async Task SendRawAsync(byte[] bytes)
    {
        await input.WriteAsync(bytes);
        await input.FlushAsync();
    }

    public Task SendAsync(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        return SendRawAsync([.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body]);
    }

    /// <summary>The next message from the server.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        var body = await reader.ReadAsync(CancellationToken.None).WaitAsync(Patience);
        Assert.NotNull(body);
        return Lsp.Parse(body);
    }

    /// <summary>Messages up to and including the response with this id.</summary>
    public async Task<(JsonElement Response, List<JsonElement> Before)> ResponseAsync(int id)
    {
        var before = new List<JsonElement>();
        while (true)
        {
            var message = await ReceiveAsync();
            if (message.TryGetProperty("id", out var got) && got.ValueKind == JsonValueKind.Number && got.GetInt32() == id && !message.TryGetProperty("method", out _))
            {
                return (message, before);
            }

            before.Add(message);
        }
    }

    public async Task<int> ExitCodeAsync() => await Server.WaitAsync(Patience);

    /// <summary>Ends the input, as when the client goes away.</summary>
    public Task CloseInputAsync() => toServer.Writer.CompleteAsync().AsTask();

    public void Dispose()
    {
        toServer.Writer.Complete();
    }
}
