using System.Text;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer.Abuse;

/// <summary>The real <c>cmplan lsp</c> process: exit codes, a client that vanishes mid-message, a 5 MB document.</summary>
public class ProcessTests
{
    private static async Task<ServerProcess> InitializedAsync()
    {
        var server = new ServerProcess();
        await server.InitializeAsync();
        return server;
    }

    [Fact]
    public async Task Shutdown_then_exit_is_0_and_stderr_stays_empty()
    {
        using var server = await InitializedAsync();
        await server.SendAsync(Request(2, "shutdown"));
        await server.ResponseAsync(2);
        await server.SendAsync(Notification("exit"));
        Assert.Equal(0, await server.ExitCodeAsync());
        Assert.Equal("", server.Errors);
    }

    [Fact]
    public async Task Exit_without_shutdown_is_1()
    {
        using var server = await InitializedAsync();
        await server.SendAsync(Notification("exit"));
        Assert.Equal(1, await server.ExitCodeAsync());
    }

    [Theory]
    [InlineData(0)] // between messages
    [InlineData(9)] // inside "Content-Length"
    [InlineData(20)] // after the header's first line, before the empty one
    [InlineData(26)] // after the header, before the body
    [InlineData(60)] // inside the body
    public async Task A_client_that_closes_stdin_mid_message_lets_the_server_exit_1_at_once(int cut)
    {
        using var server = await InitializedAsync();
        await server.SendAsync(Notification("textDocument/didOpen", Open("channel x y\n")));
        var json = Request(2, "textDocument/hover", new { textDocument = Doc, position = new { line = 0, character = 1 } });
        var frame = Encoding.ASCII.GetBytes($"Content-Length: {Encoding.UTF8.GetByteCount(json)}\r\n\r\n{json}");
        await server.SendRawAsync(frame[..cut]);
        server.CloseInput();
        Assert.Equal(1, await server.ExitCodeAsync());
        Assert.Equal("", server.Errors);
    }

    [Fact]
    public async Task A_client_that_closes_stdin_while_a_large_document_is_analysed_lets_the_server_exit()
    {
        using var server = await InitializedAsync();
        await server.SendAsync(Notification("textDocument/didOpen", Open(LargePlan(512 * 1024))));
        server.CloseInput();
        Assert.Equal(1, await server.ExitCodeAsync());
    }

    [Fact]
    public async Task A_5_mb_document_is_analysed_and_served_and_other_documents_too()
    {
        using var server = await InitializedAsync();
        var text = LargePlan(5 * 1024 * 1024);
        Assert.True(Encoding.UTF8.GetByteCount(text) >= 5 * 1024 * 1024);
        await server.SendAsync(Notification("textDocument/didOpen", Open(text)));
        await server.SendAsync(Notification("textDocument/didOpen", new { textDocument = new { uri = "file:///small.cmplan", languageId = "cmplan", version = 1, text = "channel x y\n" } }));

        // Hover on the last post, which is millions of characters in.
        var lines = text.Split('\n');
        var last = Array.FindLastIndex(lines, l => l.StartsWith("post ", StringComparison.Ordinal));
        await server.SendAsync(Request(2, "textDocument/hover", new { textDocument = Doc, position = new { line = last, character = 6 } }));
        var (hover, before) = await server.ResponseAsync(2);
        Assert.Contains("2027", hover.GetProperty("result").GetProperty("contents").GetProperty("value").GetString(), StringComparison.Ordinal);

        var published = before.Where(m => m.GetProperty("method").GetString() == "textDocument/publishDiagnostics").Select(m => m.GetProperty("params")).ToList();
        Assert.Equal([DocUri, "file:///small.cmplan"], published.Select(p => p.GetProperty("uri").GetString()));
        var unbounded = published[0].GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("code").GetString() == "unbounded-repost").ToList();
        Assert.Equal(lines.Count(l => l.EndsWith("repeat every 7d", StringComparison.Ordinal)), unbounded.Count);
        Assert.Equal("invalid-value", Assert.Single(published[1].GetProperty("diagnostics").EnumerateArray()).GetProperty("code").GetString());

        await server.SendAsync(Request(3, "shutdown"));
        await server.ResponseAsync(3);
        await server.SendAsync(Notification("exit"));
        Assert.Equal(0, await server.ExitCodeAsync());
    }

    /// <summary>A plan of about <paramref name="size"/> characters: posts on distinct days, one in a thousand without end.</summary>
    private static string LargePlan(int size)
    {
        var text = new StringBuilder("plan \"Big\"\n  timezone Europe/Paris\n  start 2027-01-01\n  end 2027-12-31\n\nchannel x\n\n");
        for (var i = 0; text.Length < size; i++)
        {
            var day = new DateOnly(2027, 1, 1).AddDays(i % 365);
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"post p{i}\n  on x\n  at {day:yyyy-MM-dd} {i % 24:D2}:{i % 60:D2}\n")
                .Append(i % 1000 == 999 ? "  repeat every 7d\n" : "")
                .Append(System.Globalization.CultureInfo.InvariantCulture, $"  text \"Publication numéro {i} de la campagne, avec un peu de texte pour faire du volume.\"\n\n");
        }

        return text.ToString();
    }
}
