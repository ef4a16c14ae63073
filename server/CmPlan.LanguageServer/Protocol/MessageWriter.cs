using System.Text;

namespace CmPlan.LanguageServer.Protocol;

/// <summary>Writes base-protocol messages; safe to call from several tasks, one message at a time.</summary>
public sealed class MessageWriter(Stream output) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task WriteAsync(byte[] body, CancellationToken cancellation)
    {
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await gate.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            await output.WriteAsync(header, cancellation).ConfigureAwait(false);
            await output.WriteAsync(body, cancellation).ConfigureAwait(false);
            await output.FlushAsync(cancellation).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
