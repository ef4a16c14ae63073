using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CmPlan.Analysis.Localization;
using CmPlan.LanguageServer.Documents;
using CmPlan.LanguageServer.Protocol;
using CmPlan.LanguageServer.Protocol.Types;

namespace CmPlan.LanguageServer.Server;

/// <summary>
/// Handles one client message at a time and says what to send back. Lifecycle: requests before
/// <c>initialize</c> get ServerNotInitialized, requests after <c>shutdown</c> InvalidRequest;
/// unknown requests MethodNotFound, unknown notifications nothing; params of the wrong shape
/// InvalidParams; <c>exit</c> ends with 0 after <c>shutdown</c>, 1 otherwise. Requests go to
/// <see cref="Handlers"/>, documents and settings to the <see cref="Workspace"/>. Changes are
/// analysed when no message waits (<c>more</c> false) or a request needs them.
/// Never throws: a handler's bug becomes InternalError (or a logged message for a notification).
/// </summary>
public sealed class Dispatcher
{
    private const string ConfigGlob = "**/" + Analysis.Configuration.ConfigLoader.FileName;
    private const string PlanGlob = "**/*.cmplan";
    private const int FileChanged = 2;

    private readonly List<OutgoingMessage> outbox = [];
    private readonly ServerOptions options;
    private bool askConfiguration;
    private bool watchFiles;
    private bool refreshDiagnostics;
    private Language? localeLanguage;
    private Language? settingLanguage;
    private int sent;
    private string? pendingConfiguration;

    public Dispatcher(ServerOptions options)
    {
        this.options = options;
        Workspace = new Workspace(options, Publish, Log, RefreshDiagnostics);
    }

    public Lifecycle State { get; private set; } = Lifecycle.NotInitialized;

    public Workspace Workspace { get; }

    public PositionEncoding Encoding => Workspace.Encoding;

    public string Trace { get; private set; } = "off";

    public IReadOnlyDictionary<string, OpenDocument> Documents => Workspace.Documents;

    /// <summary>The answer to a message that is not JSON (ParseError) or not a JSON-RPC message (InvalidRequest).</summary>
    public static OutgoingMessage Malformed(int code, string message) => Rpc.Error(Rpc.Null, code, message);

    public static OutgoingMessage Cancelled(JsonElement id) => Rpc.Error(id, ErrorCodes.RequestCancelled, "The request was cancelled.");

    /// <summary>Handles <paramref name="message"/>; when no other message waits (<paramref name="more"/> false), changed documents are analysed and published.</summary>
    public DispatchResult Handle(IncomingMessage message, bool more = false)
    {
        outbox.Clear();
        int? exit = null;
        OutgoingMessage? answer = null;
        Work? later = null;
        if (message.Method is not { } method)
        {
            // A response, never answered: a null result reads as no result (the spec's answer to
            // client/registerCapability), so a missing one cannot be told apart and is not an error.
            if (message.Id is { ValueKind: JsonValueKind.String } answered && answered.GetString() == pendingConfiguration && State == Lifecycle.Running)
            {
                Configured(message);
            }
        }
        else if (message.Id is { } id)
        {
            TraceMessage($"Received request '{method} - ({id.GetRawText()})'.");
            (answer, later) = Request(id, method, message.Params);
        }
        else
        {
            TraceMessage($"Received notification '{method}'.");
            exit = Notification(method, message.Params);
        }

        if (!more && State == Lifecycle.Running)
        {
            Workspace.Flush();
        }

        return new DispatchResult([.. outbox], exit, answer, later);
    }

    private (OutgoingMessage? Answer, Work? Later) Request(JsonElement id, string method, JsonElement? parameters)
    {
        if (id.ValueKind is not (JsonValueKind.Number or JsonValueKind.String))
        {
            return (Rpc.Error(Rpc.Null, ErrorCodes.InvalidRequest, "A request id must be a number or a string."), null);
        }

        if (State == Lifecycle.NotInitialized && method != "initialize")
        {
            return (Rpc.Error(id, ErrorCodes.ServerNotInitialized, $"The server is not initialized: '{method}' came before 'initialize'."), null);
        }

        if (State == Lifecycle.Running && method == "initialize")
        {
            return (Rpc.Error(id, ErrorCodes.InvalidRequest, "The server is already initialized."), null);
        }

        if (State == Lifecycle.ShutDown)
        {
            return (Rpc.Error(id, ErrorCodes.InvalidRequest, $"The server is shut down: '{method}' came after 'shutdown'."), null);
        }

        Work? later = null;
        var answer = Guard(id, method, () =>
        {
            switch (method)
            {
                case "initialize":
                    return Rpc.Respond(id, Initialize(Rpc.Read(parameters, LspJsonContext.Default.InitializeParams)), LspJsonContext.Default.InitializeResult);
                case "shutdown":
                    State = Lifecycle.ShutDown;
                    Workspace.Clear();
                    return Rpc.Empty(id);
                default:
                    break;
            }

            if (!Handlers.Requests.TryGetValue(method, out var handler))
            {
                return Rpc.Error(id, ErrorCodes.MethodNotFound, $"Unknown method '{method}'.");
            }

            var work = handler.Start(Workspace, id, parameters);
            if (!handler.Background)
            {
                return work(CancellationToken.None);
            }

            later = cancellation => Guard(id, method, () => work(cancellation))!;
            return null;
        });
        return (answer, later);
    }

    /// <summary>Runs a request's handling; errors become JSON-RPC errors (a cancellation goes up, for the caller to answer).</summary>
    private static OutgoingMessage? Guard(JsonElement id, string method, Func<OutgoingMessage?> run)
    {
        try
        {
            return run();
        }
        catch (JsonException e)
        {
            return Rpc.Error(id, ErrorCodes.InvalidParams, $"Invalid params for '{method}': {e.Message}");
        }
        catch (RpcError e)
        {
            return Rpc.Error(id, e.Code, e.Message);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // A bug in a handler answers this request; the server goes on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Rpc.Error(id, ErrorCodes.InternalError, $"Internal error in '{method}': {e.GetType().Name}: {e.Message}");
        }
    }

    private int? Notification(string method, JsonElement? parameters)
    {
        if (method == "exit")
        {
            return State == Lifecycle.ShutDown ? 0 : 1;
        }

        if (State != Lifecycle.Running)
        {
            return null;
        }

        try
        {
            switch (method)
            {
                case "initialized":
                    Log(3, Say(MessageId.LspReady, ("server", $"{ServerInfo.Name} {ServerInfo.Version}"), ("encoding", Encoding == PositionEncoding.Utf8 ? "utf-8" : "utf-16")));
                    Initialized();
                    break;
                case "workspace/didChangeConfiguration":
                    ConfigurationChanged(parameters);
                    break;
                case "workspace/didChangeWatchedFiles":
                    WatchedFilesChanged(parameters);
                    break;
                case "workspace/didChangeWorkspaceFolders":
                    var folders = Rpc.Read(parameters, LspJsonContext.Default.DidChangeWorkspaceFoldersParams).Event;
                    Workspace.ChangeFolders(folders.Added.Select(f => f.Uri), folders.Removed.Select(f => f.Uri));
                    break;
                case "$/setTrace":
                    Trace = Rpc.Read(parameters, LspJsonContext.Default.SetTraceParams).Value;
                    break;
                case "textDocument/didOpen":
                    Workspace.Open(Rpc.Read(parameters, LspJsonContext.Default.DidOpenTextDocumentParams).TextDocument);
                    break;
                case "textDocument/didChange":
                    Workspace.Change(Rpc.Read(parameters, LspJsonContext.Default.DidChangeTextDocumentParams));
                    break;
                case "textDocument/didClose":
                    Workspace.Close(Rpc.Read(parameters, LspJsonContext.Default.DidCloseTextDocumentParams).TextDocument.Uri);
                    break;
                default:
                    break; // Unknown notifications, $/ ones included, are ignored.
            }
        }
        catch (JsonException e)
        {
            Log(1, Say(MessageId.LspInvalidParams, ("method", method), ("reason", e.Message)));
        }
#pragma warning disable CA1031 // As for requests: logged, and the server goes on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Log(1, Say(MessageId.LspInternalError, ("method", method), ("type", e.GetType().Name), ("reason", e.Message)));
        }

        return null;
    }

    private InitializeResult Initialize(InitializeParams parameters)
    {
        var offered = parameters.Capabilities?.General?.PositionEncodings ?? [];
        Workspace.Encoding = offered.Contains("utf-8") ? PositionEncoding.Utf8 : PositionEncoding.Utf16;
        Workspace.ResolvesCodeActions = parameters.Capabilities?.TextDocument?.CodeAction?.ResolveSupport?.Properties is { } resolved && resolved.Contains("edit");
        Trace = parameters.Trace ?? Trace;
        askConfiguration = parameters.Capabilities?.Workspace?.Configuration == true;
        watchFiles = parameters.Capabilities?.Workspace?.DidChangeWatchedFiles?.DynamicRegistration == true;
        Workspace.WatchesPlans = watchFiles;
        Workspace.PullsDiagnostics = parameters.Capabilities?.TextDocument?.Diagnostic is not null;
        refreshDiagnostics = parameters.Capabilities?.Workspace?.Diagnostics?.RefreshSupport == true;
        Workspace.UseFolders(parameters.WorkspaceFolders is { } folders ? folders.Select(f => f.Uri) : parameters.RootUri is { } root ? [root] : []);
        localeLanguage = Languages.FromLocale(parameters.Locale);
        Workspace.UseLanguage(LanguageSetting.Choose(settingLanguage, localeLanguage, options.Analysis.Language));
        State = Lifecycle.Running;
        return new InitializeResult(Handlers.Capabilities(Encoding), new ServerInfoDto(ServerInfo.Name, ServerInfo.Version));
    }

    /// <summary>After <c>initialized</c>: watch <c>cmplan.json</c> files and plans, and ask for the settings, when the client can.</summary>
    private void Initialized()
    {
        if (watchFiles)
        {
            var watcher = new Registration(
                "cmplan-json",
                "workspace/didChangeWatchedFiles",
                new DidChangeWatchedFilesRegistrationOptions([new FileSystemWatcherDto(ConfigGlob), new FileSystemWatcherDto(PlanGlob)]));
            Ask("client/registerCapability", new RegistrationParams([watcher]), LspJsonContext.Default.RegistrationParams);
        }

        if (askConfiguration)
        {
            AskNow();
        }
    }

    /// <summary>
    /// Watched files changed: a <c>cmplan.json</c> changes every analysis; a plan created or deleted
    /// changes the workspace's list of plans (a plan's content is checked by its stamp when asked for).
    /// A change that does not say which files is taken as both.
    /// </summary>
    private void WatchedFilesChanged(JsonElement? parameters)
    {
        ImmutableArray<FileEvent> changes;
        try
        {
            changes = Rpc.Read(parameters, LspJsonContext.Default.DidChangeWatchedFilesParams).Changes;
        }
        catch (JsonException)
        {
            changes = [];
        }

        var config = "/" + Analysis.Configuration.ConfigLoader.FileName;
        if (changes.IsDefaultOrEmpty || changes.Any(c => c.Uri.EndsWith(config, StringComparison.Ordinal)))
        {
            Workspace.ConfigurationFilesChanged();
        }

        if (changes.IsDefaultOrEmpty || changes.Any(c => c.Type != FileChanged && !c.Uri.EndsWith(config, StringComparison.Ordinal)))
        {
            Workspace.PlanFilesChanged();
        }
    }

    /// <summary>The client pulls diagnostics: new settings ask it to pull again, when it can be asked.</summary>
    private void RefreshDiagnostics()
    {
        if (refreshDiagnostics && State == Lifecycle.Running)
        {
            outbox.Add(Rpc.Request(NextRequestId(), "workspace/diagnostic/refresh"));
        }
    }

    /// <summary>A client that answers <c>workspace/configuration</c> is asked again; another one may push <c>settings.cmplan.now</c>.</summary>
    private void ConfigurationChanged(JsonElement? parameters)
    {
        if (askConfiguration)
        {
            AskNow();
            return;
        }

        if (parameters is { ValueKind: JsonValueKind.Object } p
            && p.TryGetProperty("settings", out var settings) && settings.ValueKind == JsonValueKind.Object
            && settings.TryGetProperty("cmplan", out var cmplan) && cmplan.ValueKind == JsonValueKind.Object)
        {
            UseNow(cmplan.TryGetProperty("now", out var now) ? now : null);
            UseLanguage(cmplan.TryGetProperty("language", out var language) ? language : null);
        }
    }

    /// <summary>
    /// Asks for <c>cmplan.now</c> and for the section <c>cmplan</c>: clients that look a section up as
    /// one literal key (eglot) answer the first, clients that follow the dotted path may answer either.
    /// </summary>
    private void AskNow() =>
        pendingConfiguration = Ask(
            "workspace/configuration",
            new ConfigurationParams([new ConfigurationItem("cmplan.now"), new ConfigurationItem("cmplan")]),
            LspJsonContext.Default.ConfigurationParams);

    /// <summary>The client's answer to <c>workspace/configuration</c>: <c>[cmplan.now, cmplan]</c>; the flat key wins when given.</summary>
    private void Configured(IncomingMessage response)
    {
        pendingConfiguration = null;
        if (response.Error is { } error)
        {
            Log(2, Say(MessageId.LspConfigurationFailed, ("reason", error.Message)));
            return;
        }

        if (response.Result is not { ValueKind: JsonValueKind.Array } items || items.GetArrayLength() == 0)
        {
            UseNow(null);
            UseLanguage(null);
            return;
        }

        UseLanguage(items.GetArrayLength() > 1 && items[1] is { ValueKind: JsonValueKind.Object } cmplan && cmplan.TryGetProperty("language", out var language)
            ? language
            : null);

        var flat = items[0];
        var nested = items.GetArrayLength() > 1 && items[1] is { ValueKind: JsonValueKind.Object } section && section.TryGetProperty("now", out var now)
            ? now
            : (JsonElement?)null;
        UseNow(flat.ValueKind == JsonValueKind.Null && nested is not null ? nested : flat);
    }

    /// <summary>A string sets "now"; null or nothing means the server's own clock. Every open document is analysed again.</summary>
    private void UseNow(JsonElement? value)
    {
        var next = options.Analysis.Clock;
        if (value is { ValueKind: JsonValueKind.String } text)
        {
            if (NowSetting.Parse(text.GetString()!, options.Analysis.Clock) is { } parsed)
            {
                next = parsed;
            }
            else
            {
                LogInvalid("cmplan.now", text.GetString(), words => words.Say(MessageId.NowExpected));
            }
        }
        else if (value is { ValueKind: not JsonValueKind.Null })
        {
            LogInvalid("cmplan.now", null, words => words.Say(MessageId.NowExpected));
        }

        Workspace.UseClock(next);
    }

    /// <summary>
    /// <c>cmplan.language</c>: <c>fr</c> or <c>en</c> wins over the client's locale, <c>auto</c> (or nothing)
    /// leaves it to the locale. Every open document is analysed again in a new language.
    /// </summary>
    private void UseLanguage(JsonElement? value)
    {
        settingLanguage = null;
        var invalid = (Given: false, Value: (string?)null);
        if (value is { ValueKind: JsonValueKind.String } text && LanguageSetting.Parse(text.GetString()!) is var (valid, language))
        {
            settingLanguage = language;
            if (!valid)
            {
                invalid = (true, text.GetString());
            }
        }
        else if (value is { ValueKind: not JsonValueKind.Null })
        {
            invalid = (true, null);
        }

        Workspace.UseLanguage(LanguageSetting.Choose(settingLanguage, localeLanguage, options.Analysis.Language));
        if (invalid.Given)
        {
            // Said in the language just chosen: the locale's, since the setting is not valid.
            LogInvalid("cmplan.language", invalid.Value, words => words.Say(MessageId.ListOr, ("list", "auto, fr"), ("last", "en")));
        }
    }

    /// <summary>Sends a request to the client and returns its id; the answer comes back through <see cref="Handle"/>.</summary>
    private string Ask<T>(string method, T parameters, JsonTypeInfo<T> type)
    {
        var id = NextRequestId();
        outbox.Add(Rpc.Request(id, method, parameters, type));
        return id;
    }

    private string NextRequestId() => $"cmplan-{++sent}";

    private void Publish(PublishDiagnosticsParams parameters) =>
        outbox.Add(Rpc.Notification("textDocument/publishDiagnostics", parameters, LspJsonContext.Default.PublishDiagnosticsParams));

    /// <summary>An invalid setting, logged as an error in the workspace's language; <paramref name="value"/> is null when it is not even a string.</summary>
    private void LogInvalid(string setting, string? value, Func<Words, string> expected)
    {
        var words = Words.For(Workspace.Language);
        Log(1, value is null
            ? words.Say(MessageId.LspInvalidSettingType, ("setting", setting), ("expected", expected(words)))
            : words.Say(MessageId.LspInvalidSetting, ("setting", setting), ("value", value), ("expected", expected(words))));
    }

    /// <summary>A log message in the workspace's language.</summary>
    private string Say(MessageId id, params ReadOnlySpan<(string Name, string Value)> arguments) => Words.For(Workspace.Language).Say(id, arguments);

    private void Log(int type, string message) =>
        outbox.Add(Rpc.Notification("window/logMessage", new LogMessageParams(type, message), LspJsonContext.Default.LogMessageParams));

    private void TraceMessage(string message)
    {
        if (Trace is "messages" or "verbose")
        {
            outbox.Add(Rpc.Notification("$/logTrace", new LogTraceParams(message), LspJsonContext.Default.LogTraceParams));
        }
    }
}
