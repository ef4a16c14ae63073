using System.IO.Pipelines;
using CmPlan.LanguageServer.Server;

namespace CmPlan.Tests.LanguageServer;

/// <summary>A client talking to <see cref="LspServer"/> over in-process pipes, with framing on both sides.</summary>
public sealed class LspClient : LspConnection, IDisposable
{
    private readonly Pipe toServer;

    /// <summary>A server with <paramref name="options"/> (<see cref="Lsp.Options"/> by default), writing to <paramref name="output"/> wrapped around its pipe (a stream that fails, say).</summary>
    public LspClient(ServerOptions? options = null, Func<Stream, Stream>? output = null)
        : this(new Pipe(), new Pipe(), options ?? Lsp.Options, output ?? (s => s))
    {
    }

    private LspClient(Pipe toServer, Pipe fromServer, ServerOptions options, Func<Stream, Stream> output)
        : base(toServer.Writer.AsStream(), fromServer.Reader.AsStream(), TimeSpan.FromSeconds(20))
    {
        this.toServer = toServer;
        Server = Task.Run(() => LspServer.RunAsync(toServer.Reader.AsStream(), output(fromServer.Writer.AsStream()), options, CancellationToken.None));
    }

    /// <summary>The server's run: its exit code once it stops.</summary>
    public Task<int> Server { get; }

    public async Task<int> ExitCodeAsync() => await Server.WaitAsync(Patience);

    /// <summary>Ends the input, as when the client goes away.</summary>
    public Task CloseInputAsync() => toServer.Writer.CompleteAsync().AsTask();

    public void Dispose()
    {
        toServer.Writer.Complete();
    }
}
