using System.Text;

namespace CmPlan.LanguageServer.Protocol;

/// <summary>Writes base-protocol messages; safe to call from several tasks, one message at a time.</summary>
public sealed class MessageWriter(Stream output) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Writes <paramref name="message"/> and releases it, also when the write fails or is cancelled: it is the writer's once given.</summary>
    public async Task WriteAsync(OutgoingMessage message, CancellationToken cancellation)
    {
        using (message)
        {
            var header = Encoding.ASCII.GetBytes($"Content-Length: {message.Length}\r\n\r\n");
            await gate.WaitAsync(cancellation).ConfigureAwait(false);
            try
            {
                await output.WriteAsync(header, cancellation).ConfigureAwait(false);
                foreach (var segment in message.Segments)
                {
                    await output.WriteAsync(segment, cancellation).ConfigureAwait(false);
                }

                await output.FlushAsync(cancellation).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }
    }

    public void Dispose() => gate.Dispose();
}
