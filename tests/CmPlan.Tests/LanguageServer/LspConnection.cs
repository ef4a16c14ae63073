using System.Text;
using System.Text.Json;
using CmPlan.LanguageServer.Protocol;

namespace CmPlan.Tests.LanguageServer;

/// <summary>
/// The client's side of a framed connection to a server, in process (<see cref="LspClient"/>) or
/// in a child process (<see cref="Abuse.ServerProcess"/>). Every wait is bounded: a server that
/// hangs fails the test instead of stalling the run.
/// </summary>
public abstract class LspConnection(Stream toServer, Stream fromServer, TimeSpan patience)
{
    private readonly MessageReader reader = new(fromServer);

    protected TimeSpan Patience => patience;

    public async Task SendRawAsync(byte[] bytes)
    {
        await toServer.WriteAsync(bytes);
        await toServer.FlushAsync();
    }

    public Task SendAsync(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        return SendRawAsync([.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body]);
    }

    /// <summary>The next message from the server.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        var body = await reader.ReadAsync(CancellationToken.None).WaitAsync(patience);
        Assert.True(body is not null, $"The server closed its output. {Diagnosis}");
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

    /// <summary>The responses by id, notifications skipped, up to and including the one to <paramref name="last"/>; a request answered twice fails.</summary>
    public async Task<Dictionary<int, JsonElement>> AnswersUntilAsync(int last)
    {
        var answers = new Dictionary<int, JsonElement>();
        while (true)
        {
            var message = await ReceiveAsync();
            if (message.TryGetProperty("method", out _))
            {
                continue;
            }

            var answered = message.GetProperty("id").GetInt32();
            Assert.True(answers.TryAdd(answered, message), $"answered twice: {answered}");
            if (answered == last)
            {
                return answers;
            }
        }
    }

    /// <summary><c>initialize</c> (id 1), its answer, then <c>initialized</c>.</summary>
    public async Task InitializeAsync(bool utf8 = false)
    {
        await SendAsync(Lsp.Request(1, "initialize", Lsp.InitializeParams(utf8)));
        await ResponseAsync(1);
        await SendAsync(Lsp.Notification("initialized"));
    }

    /// <summary>What to add to a failure message about the server (its stderr, say).</summary>
    protected virtual string Diagnosis => "";
}
