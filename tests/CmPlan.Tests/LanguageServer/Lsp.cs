using System.Text;
using System.Text.Json;
using CmPlan.Analysis;
using CmPlan.Analysis.Configuration;
using CmPlan.Grammar.Text;
using CmPlan.LanguageServer.Documents;
using CmPlan.LanguageServer.Protocol;
using CmPlan.LanguageServer.Protocol.Types;
using CmPlan.LanguageServer.Server;
using NodaTime;

namespace CmPlan.Tests.LanguageServer;

/// <summary>Builds client messages as JSON and drives a <see cref="Dispatcher"/> directly, in process.</summary>
public static class Lsp
{
    public const string DocUri = "file:///plans/test.cmplan";

    public static ServerOptions Options { get; } =
        new(new AnalysisOptions(PlanClock.At(Instant.FromUtc(2027, 1, 1, 0, 0)), ConfigFile.Empty));

    public static string Request(int id, string method, object? parameters = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?> { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters ?? new { } });

    public static string Notification(string method, object? parameters = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?> { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters ?? new { } });

    /// <summary>A client like VS Code: it fills in code actions' edits through <c>codeAction/resolve</c>.</summary>
    public static object InitializeParams(bool utf8) => utf8
        ? new { processId = 1, capabilities = new { general = new { positionEncodings = new[] { "utf-8", "utf-16" } }, textDocument = ResolvingCodeActions } }
        : new { processId = 1, capabilities = new { textDocument = ResolvingCodeActions } };

    private static object ResolvingCodeActions { get; } = new { codeAction = new { resolveSupport = new { properties = new[] { "edit" } } } };

    public static object Open(string text, int version = 1) =>
        new { textDocument = new { uri = DocUri, languageId = "cmplan", version, text } };

    public static object Doc => new { uri = DocUri };

    public static object Range(int line, int character, int endLine, int endCharacter) =>
        new { start = new { line, character }, end = new { line = endLine, character = endCharacter } };

    /// <summary>Sends one message to the dispatcher and returns what it sent back, parsed.</summary>
    public static IReadOnlyList<JsonElement> Send(Dispatcher dispatcher, string json) => Handle(dispatcher, json).Messages;

    public static (IReadOnlyList<JsonElement> Messages, int? ExitCode) Handle(Dispatcher dispatcher, string json)
    {
        var received = LspServer.Parse(Encoding.UTF8.GetBytes(json));
        Assert.NotNull(received.Message);
        using var result = dispatcher.Handle(received.Message);
        using var answer = result.Answer ?? result.Later?.Invoke(CancellationToken.None);
        return ([.. result.Messages.Select(Parse), .. answer is null ? [] : new[] { Parse(answer) }], result.ExitCode);
    }

    /// <summary>A message with its Content-Length header, as on the wire.</summary>
    public static byte[] Frame(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        return [.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body];
    }

    public static JsonElement Parse(byte[] body) => JsonDocument.Parse(body).RootElement.Clone();

    /// <summary>A message the server made, parsed; the caller still owns it (and may read it again).</summary>
    public static JsonElement Parse(OutgoingMessage message) => Parse(message.ToArray());

    /// <summary>A dispatcher past <c>initialize</c>/<c>initialized</c>, optionally with a document open.</summary>
    public static Dispatcher Started(bool utf8 = false, string? text = null)
    {
        var dispatcher = new Dispatcher(Options);
        Send(dispatcher, Request(1, "initialize", InitializeParams(utf8)));
        Send(dispatcher, Notification("initialized"));
        if (text is not null)
        {
            Send(dispatcher, Notification("textDocument/didOpen", Open(text)));
        }

        return dispatcher;
    }

    public static JsonElement Single(IReadOnlyList<JsonElement> messages, string method) =>
        Assert.Single(messages, m => m.TryGetProperty("method", out var name) && name.GetString() == method);

    public static JsonElement ErrorOf(JsonElement response) => response.GetProperty("error");

    /// <summary>Applies LSP text edits (in the given encoding) to a text, from the last to the first.</summary>
    public static string Apply(string text, JsonElement edits, PositionEncoding encoding)
    {
        var source = SourceText.From(text);
        var spans = edits.EnumerateArray()
            .Select(e => (Span: Positions.ToSpan(source, e.GetProperty("range").Deserialize<RangeDto>(Web)!, encoding), Text: e.GetProperty("newText").GetString()!))
            .OrderByDescending(e => e.Span.Start)
            .ToList();
        foreach (var (span, newText) in spans)
        {
            text = string.Concat(text.AsSpan(0, span.Start), newText, text.AsSpan(span.End));
        }

        return text;
    }

    private static JsonSerializerOptions Web { get; } = new(JsonSerializerDefaults.Web);
}
