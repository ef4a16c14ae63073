using System.Text.Json;
using CmPlan.Analysis;
using CmPlan.Analysis.Configuration;
using CmPlan.Analysis.Ide.Hover;
using CmPlan.LanguageServer.Server;
using NodaTime;
using static CmPlan.Tests.LanguageServer.FeaturePlan;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer;

public sealed class SettingsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("cmplan-lsp-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static object Capabilities(bool configuration, bool watch) =>
        new { processId = 1, capabilities = new { workspace = new { configuration, didChangeWatchedFiles = new { dynamicRegistration = watch } } } };

    private static string Response(string id, object? result) =>
        JsonSerializer.Serialize(new Dictionary<string, object?> { ["jsonrpc"] = "2.0", ["id"] = id, ["result"] = result });

    private static string HoverOnDate(Dispatcher dispatcher) =>
        Assert.Single(Send(dispatcher, Request(9, "textDocument/hover", AtParams(At("at 2027-03-03", 4), false))))
            .GetProperty("result").GetProperty("contents").GetProperty("value").GetString()!;

    /// <summary>A started server that asked for its settings, with the test plan open: the request id and a hover under the server's own clock.</summary>
    private static (Dispatcher Dispatcher, string Id, string Before) AskedForSettings()
    {
        var dispatcher = new Dispatcher(Options);
        Send(dispatcher, Request(1, "initialize", Capabilities(configuration: true, watch: false)));
        var id = Single(Send(dispatcher, Notification("initialized")), "workspace/configuration").GetProperty("id").GetString()!;
        Send(dispatcher, Notification("textDocument/didOpen", Open(Text)));
        var before = HoverOnDate(dispatcher);
        return (dispatcher, id, before);
    }

    [Fact]
    public void The_server_asks_for_cmplan_now_and_uses_the_answer()
    {
        var dispatcher = new Dispatcher(Options);
        Send(dispatcher, Request(1, "initialize", Capabilities(configuration: true, watch: false)));
        var request = Single(Send(dispatcher, Notification("initialized")), "workspace/configuration");
        Assert.Equal(["cmplan.now", "cmplan"], request.GetProperty("params").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("section").GetString()));
        Send(dispatcher, Notification("textDocument/didOpen", Open(Text)));
        var before = HoverOnDate(dispatcher);

        var messages = Send(dispatcher, Response(request.GetProperty("id").GetString()!, new[] { "2027-03-01" }));

        Assert.Equal(1, Single(messages, "textDocument/publishDiagnostics").GetProperty("params").GetProperty("version").GetInt32());
        var expected = HoverService.Hover(
            PlanAnalyzer.Analyze(Source, new AnalysisOptions(PlanClock.AtLocal(new LocalDateTime(2027, 3, 1, 0, 0)), ConfigFile.Empty)),
            At("at 2027-03-03", 4))!.Markdown;
        Assert.Equal(expected, HoverOnDate(dispatcher));
        Assert.NotEqual(before, expected);
    }

    [Theory]
    [InlineData("{\"now\":\"2027-03-01\"}")]
    [InlineData("{\"now\":\"2027-03-01\",\"trace\":{\"server\":\"off\"}}")]
    public void A_client_answering_only_the_cmplan_section_sets_now_from_it(string section)
    {
        var (dispatcher, id, before) = AskedForSettings();

        Send(dispatcher, Response(id, new object?[] { null, JsonDocument.Parse(section).RootElement }));

        Assert.NotEqual(before, HoverOnDate(dispatcher));
    }

    [Fact]
    public void The_flat_cmplan_now_wins_over_the_section()
    {
        var (dispatcher, id, before) = AskedForSettings();

        var log = Single(Send(dispatcher, Response(id, new object?[] { "soon", new { now = "2027-03-01" } })), "window/logMessage").GetProperty("params");

        Assert.Contains("Invalid cmplan.now 'soon'", log.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, HoverOnDate(dispatcher));
    }

    [Fact]
    public void A_client_without_configuration_is_not_asked_and_may_push_the_setting()
    {
        var dispatcher = new Dispatcher(Options);
        Send(dispatcher, Request(1, "initialize", Capabilities(configuration: false, watch: false)));
        Assert.DoesNotContain(Send(dispatcher, Notification("initialized")), m => m.TryGetProperty("id", out _));
        Send(dispatcher, Notification("textDocument/didOpen", Open(Text)));
        var before = HoverOnDate(dispatcher);
        Send(dispatcher, Notification("workspace/didChangeConfiguration", new { settings = new { cmplan = new { now = "2027-03-01T00:00" } } }));
        Assert.NotEqual(before, HoverOnDate(dispatcher));
    }

    [Fact]
    public void An_invalid_now_is_logged_and_the_clock_stays()
    {
        var (dispatcher, id, before) = AskedForSettings();
        var log = Single(Send(dispatcher, Response(id, new[] { "soon" })), "window/logMessage").GetProperty("params");
        Assert.Equal(1, log.GetProperty("type").GetInt32());
        Assert.Contains("Invalid cmplan.now 'soon'", log.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, HoverOnDate(dispatcher));
    }

    [Fact]
    public void The_nearest_cmplan_json_applies_and_is_reloaded_when_it_changes()
    {
        var plans = Directory.CreateDirectory(Path.Combine(folder, "plans")).FullName;
        var config = Path.Combine(folder, "cmplan.json");
        File.WriteAllText(config, """{"rules": {"whitespace": "error"}}""");
        var uri = new Uri(Path.Combine(plans, "test.cmplan")).AbsoluteUri;

        var dispatcher = new Dispatcher(Options);
        Send(dispatcher, Request(1, "initialize", Capabilities(configuration: false, watch: true)));
        var registration = Single(Send(dispatcher, Notification("initialized")), "client/registerCapability");
        Assert.Equal("**/cmplan.json", registration.GetProperty("params").GetProperty("registrations")[0].GetProperty("registerOptions").GetProperty("watchers")[0].GetProperty("globPattern").GetString());

        var opened = Send(dispatcher, Notification("textDocument/didOpen", new { textDocument = new { uri, languageId = "cmplan", version = 1, text = DocumentTests.Plan } }));
        var diagnostic = Assert.Single(Single(opened, "textDocument/publishDiagnostics").GetProperty("params").GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(1, diagnostic.GetProperty("severity").GetInt32());

        File.WriteAllText(config, """{"rules": {"whitespace": "off"}}""");
        var reloaded = Send(dispatcher, Notification("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = new Uri(config).AbsoluteUri, type = 2 } } }));
        Assert.Empty(Single(reloaded, "textDocument/publishDiagnostics").GetProperty("params").GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public void A_broken_cmplan_json_is_logged_and_ignored()
    {
        File.WriteAllText(Path.Combine(folder, "cmplan.json"), "{ nope");
        var uri = new Uri(Path.Combine(folder, "test.cmplan")).AbsoluteUri;
        var messages = Send(Started(), Notification("textDocument/didOpen", new { textDocument = new { uri, languageId = "cmplan", version = 1, text = DocumentTests.Plan } }));
        Assert.Contains("ignored", Single(messages, "window/logMessage").GetProperty("params").GetProperty("message").GetString(), StringComparison.Ordinal);
        var expected = CmPlan.LanguageServer.Documents.DiagnosticConverter.ToLsp(Assert.Single(PlanAnalyzer.Analyze(DocumentTests.Plan, Options.Analysis).Diagnostics).Severity);
        Assert.Equal(expected, Assert.Single(Single(messages, "textDocument/publishDiagnostics").GetProperty("params").GetProperty("diagnostics").EnumerateArray()).GetProperty("severity").GetInt32());
    }
}
