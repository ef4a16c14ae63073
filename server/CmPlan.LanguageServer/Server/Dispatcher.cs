using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CmPlan.Analysis;
using CmPlan.LanguageServer.Documents;
using CmPlan.LanguageServer.Protocol;
using CmPlan.LanguageServer.Protocol.Types;

namespace CmPlan.LanguageServer.Server;

/// <summary>
/// Handles one client message at a time, in order, and says what to send back. Lifecycle:
/// requests before <c>initialize</c> get ServerNotInitialized, requests after <c>shutdown</c>
/// InvalidRequest; unknown requests MethodNotFound, unknown notifications nothing; params of the
/// wrong shape InvalidParams; <c>exit</c> ends with 0 after <c>shutdown</c>, 1 otherwise.
/// Never throws: a handler's bug becomes InternalError (or a logged message for a notification).
/// </summary>
public sealed class Dispatcher(ServerOptions options)
{
    private static readonly JsonElement Null = JsonDocument.Parse("null").RootElement.Clone();

    private readonly Dictionary<string, OpenDocument> documents = new(StringComparer.Ordinal);
    private readonly List<byte[]> outbox = [];
    private readonly ConfigCache configs = new(options.Analysis.Config);
    private readonly AllocationSpike spike = options.Spike;
    private PlanClock clock = options.Analysis.Clock;
    private bool askConfiguration;
    private bool watchFiles;
    private int sent;
    private string? pendingConfiguration;

    public Lifecycle State { get; private set; } = Lifecycle.NotInitialized;

    public PositionEncoding Encoding { get; private set; } = PositionEncoding.Utf16;

    public string Trace { get; private set; } = "off";

    public IReadOnlyDictionary<string, OpenDocument> Documents => documents;

    /// <summary>The answer to a message that is not JSON (ParseError) or not a JSON-RPC message (InvalidRequest).</summary>
    public static byte[] Malformed(int code, string message) =>
        Serialize(new ErrorResponseMessage(Null, new ResponseError(code, message)), LspJsonContext.Default.ErrorResponseMessage);

    public static byte[] Cancelled(JsonElement id) =>
        Serialize(new ErrorResponseMessage(id, new ResponseError(ErrorCodes.RequestCancelled, "The request was cancelled.")), LspJsonContext.Default.ErrorResponseMessage);

    public DispatchResult Handle(IncomingMessage message)
    {
        outbox.Clear();
        int? exit = null;
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
            Trace1($"Received request '{method} - ({id.GetRawText()})'.");
            outbox.Add(Request(id, method, message.Params));
        }
        else
        {
            Trace1($"Received notification '{method}'.");
            exit = Notification(method, message.Params);
        }

        return new DispatchResult([.. outbox], exit);
    }

    private byte[] Request(JsonElement id, string method, JsonElement? parameters)
    {
        if (id.ValueKind is not (JsonValueKind.Number or JsonValueKind.String))
        {
            return Error(Null, ErrorCodes.InvalidRequest, "A request id must be a number or a string.");
        }

        if (State == Lifecycle.NotInitialized && method != "initialize")
        {
            return Error(id, ErrorCodes.ServerNotInitialized, $"The server is not initialized: '{method}' came before 'initialize'.");
        }

        if (State == Lifecycle.Running && method == "initialize")
        {
            return Error(id, ErrorCodes.InvalidRequest, "The server is already initialized.");
        }

        if (State == Lifecycle.ShutDown)
        {
            return Error(id, ErrorCodes.InvalidRequest, $"The server is shut down: '{method}' came after 'shutdown'.");
        }

        try
        {
            return method switch
            {
                "initialize" => Respond(id, Initialize(Read(parameters, LspJsonContext.Default.InitializeParams)), LspJsonContext.Default.InitializeResult),
                "shutdown" => Shutdown(id),
                "textDocument/codeAction" => Respond(id, CodeAction(Read(parameters, LspJsonContext.Default.CodeActionParams)), LspJsonContext.Default.ImmutableArrayCodeAction),
                "textDocument/formatting" => Respond(id, Format(Read(parameters, LspJsonContext.Default.DocumentFormattingParams)), LspJsonContext.Default.ImmutableArrayTextEditDto),
                "textDocument/hover" => At(id, parameters, (d, p) => RespondOrNull(id, EditorFeatures.Hover(d, p, Encoding), LspJsonContext.Default.HoverDto)),
                "textDocument/inlayHint" => InlayHint(id, Read(parameters, LspJsonContext.Default.InlayHintParams)),
                "textDocument/documentSymbol" => Respond(id, EditorFeatures.Symbols(Whole(parameters), Encoding), LspJsonContext.Default.ImmutableArrayDocumentSymbolDto),
                "textDocument/foldingRange" => Respond(id, EditorFeatures.Folding(Whole(parameters)), LspJsonContext.Default.ImmutableArrayFoldingRangeDto),
                "textDocument/semanticTokens/full" => Respond(id, SemanticTokenEncoder.Encode(Whole(parameters), Encoding), LspJsonContext.Default.SemanticTokensDto),
                "textDocument/completion" => At(id, parameters, (d, p) => Respond(id, EditorFeatures.Completion(d, p, Encoding), LspJsonContext.Default.ImmutableArrayCompletionItemDto)),
                "textDocument/definition" => At(id, parameters, (d, p) => RespondOrNull(id, IdFeatures.Definition(d, p, Encoding), LspJsonContext.Default.Location)),
                "textDocument/references" => References(id, Read(parameters, LspJsonContext.Default.ReferenceParams)),
                "textDocument/documentHighlight" => At(id, parameters, (d, p) => Respond(id, IdFeatures.Highlights(d, p, Encoding), LspJsonContext.Default.ImmutableArrayDocumentHighlightDto)),
                "textDocument/prepareRename" => At(id, parameters, (d, p) => RespondOrNull(id, IdFeatures.PrepareRename(d, p, Encoding), LspJsonContext.Default.RangeDto)),
                "textDocument/rename" => Rename(id, Read(parameters, LspJsonContext.Default.RenameParams)),
                "cmplan/schedule" => Respond(id, ScheduleListing.Of(Whole(parameters), Encoding), LspJsonContext.Default.ScheduleDto),
                _ => Error(id, ErrorCodes.MethodNotFound, $"Unknown method '{method}'."),
            };
        }
        catch (JsonException e)
        {
            return Error(id, ErrorCodes.InvalidParams, $"Invalid params for '{method}': {e.Message}");
        }
        catch (RpcError e)
        {
            return Error(id, e.Code, e.Message);
        }
#pragma warning disable CA1031 // A bug in a handler answers this request; the server goes on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Error(id, ErrorCodes.InternalError, $"Internal error in '{method}': {e.GetType().Name}: {e.Message}");
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
                    Log(3, $"{ServerInfo.Name} {ServerInfo.Version} ready (positions in {(Encoding == PositionEncoding.Utf8 ? "utf-8" : "utf-16")}).");
                    Initialized();
                    break;
                case "workspace/didChangeConfiguration":
                    ConfigurationChanged(parameters);
                    break;
                case "workspace/didChangeWatchedFiles":
                    configs.Clear();
                    Reanalyze();
                    break;
                case "$/setTrace":
                    Trace = Read(parameters, LspJsonContext.Default.SetTraceParams).Value;
                    break;
                case "textDocument/didOpen":
                    Open(Read(parameters, LspJsonContext.Default.DidOpenTextDocumentParams).TextDocument);
                    break;
                case "textDocument/didChange":
                    Change(Read(parameters, LspJsonContext.Default.DidChangeTextDocumentParams));
                    break;
                case "textDocument/didClose":
                    Close(Read(parameters, LspJsonContext.Default.DidCloseTextDocumentParams).TextDocument.Uri);
                    break;
                default:
                    break; // Unknown notifications, $/ ones included, are ignored.
            }
        }
        catch (JsonException e)
        {
            Log(1, $"Invalid params for '{method}': {e.Message}");
        }
#pragma warning disable CA1031 // As for requests: logged, and the server goes on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Log(1, $"Internal error in '{method}': {e.GetType().Name}: {e.Message}");
        }

        return null;
    }

    private InitializeResult Initialize(InitializeParams parameters)
    {
        var offered = parameters.Capabilities?.General?.PositionEncodings ?? [];
        Encoding = offered.Contains("utf-8") ? PositionEncoding.Utf8 : PositionEncoding.Utf16;
        Trace = parameters.Trace ?? Trace;
        askConfiguration = parameters.Capabilities?.Workspace?.Configuration == true;
        watchFiles = parameters.Capabilities?.Workspace?.DidChangeWatchedFiles?.DynamicRegistration == true;
        State = Lifecycle.Running;
        return new InitializeResult(
            new ServerCapabilities(
                Encoding == PositionEncoding.Utf8 ? "utf-8" : "utf-16",
                new TextDocumentSyncOptions(OpenClose: true, Change: 2),
                new CodeActionOptions([CodeActions.QuickFix, CodeActions.FixAll]),
                DocumentFormattingProvider: true,
                HoverProvider: true,
                InlayHintProvider: true,
                DocumentSymbolProvider: true,
                FoldingRangeProvider: true,
                new SemanticTokensOptions(SemanticTokenEncoder.Legend, Full: true),
                new CompletionOptions([" "]),
                DefinitionProvider: true,
                ReferencesProvider: true,
                DocumentHighlightProvider: true,
                new RenameOptions(PrepareProvider: true)),
            new ServerInfoDto(ServerInfo.Name, ServerInfo.Version));
    }

    private byte[] Shutdown(JsonElement id)
    {
        State = Lifecycle.ShutDown;
        documents.Clear();
        return Serialize(new ResponseMessage(id, Null), LspJsonContext.Default.ResponseMessage);
    }

    private void Open(TextDocumentItem item)
    {
        var document = spike.Run(() => OpenDocument.Create(item.Uri, item.Version, item.Text, OptionsFor(item.Uri)));
        documents[item.Uri] = document;
        Publish(DiagnosticConverter.Publish(document, Encoding));
    }

    private void Change(DidChangeTextDocumentParams parameters)
    {
        var uri = parameters.TextDocument.Uri;
        if (!documents.TryGetValue(uri, out var current))
        {
            Log(2, $"Change to a document that is not open: {uri}");
            return;
        }

        var document = spike.Run(() => current.Change(parameters.TextDocument.Version, parameters.ContentChanges, Encoding, OptionsFor(uri)));
        documents[uri] = document;
        Publish(DiagnosticConverter.Publish(document, Encoding));
    }

    private void Close(string uri)
    {
        documents.Remove(uri);
        Publish(new PublishDiagnosticsParams(uri, null, []));
    }

    /// <summary>How a document is analysed: the clock (<c>cmplan.now</c>) and its nearest <c>cmplan.json</c>.</summary>
    private AnalysisOptions OptionsFor(string uri) => new(clock, configs.For(uri, message => Log(2, message)));

    /// <summary>After <c>initialized</c>: watch <c>cmplan.json</c> files and ask for the settings, when the client can.</summary>
    private void Initialized()
    {
        if (watchFiles)
        {
            var watcher = new Registration(
                "cmplan-json",
                "workspace/didChangeWatchedFiles",
                new DidChangeWatchedFilesRegistrationOptions([new FileSystemWatcherDto("**/" + Analysis.Configuration.ConfigLoader.FileName)]));
            Ask("client/registerCapability", new RegistrationParams([watcher]), LspJsonContext.Default.RegistrationParams);
        }

        if (askConfiguration)
        {
            AskNow();
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
            Log(2, $"workspace/configuration failed: {error.Message}");
            return;
        }

        if (response.Result is not { ValueKind: JsonValueKind.Array } items || items.GetArrayLength() == 0)
        {
            UseNow(null);
            return;
        }

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
                Log(1, $"Invalid cmplan.now '{text.GetString()}': {NowSetting.Expected}.");
            }
        }
        else if (value is { ValueKind: not JsonValueKind.Null })
        {
            Log(1, $"Invalid cmplan.now: {NowSetting.Expected}.");
        }

        if (next != clock)
        {
            clock = next;
            Reanalyze();
        }
    }

    private void Reanalyze()
    {
        foreach (var (uri, current) in documents.ToList())
        {
            var document = OpenDocument.Create(uri, current.Version, current.Text, OptionsFor(uri));
            documents[uri] = document;
            Publish(DiagnosticConverter.Publish(document, Encoding));
        }
    }

    /// <summary>Sends a request to the client and returns its id; the answer comes back through <see cref="Handle"/>.</summary>
    private string Ask<T>(string method, T parameters, JsonTypeInfo<T> type)
    {
        var id = $"cmplan-{++sent}";
        outbox.Add(Serialize(new RequestMessage(id, method, JsonSerializer.SerializeToElement(parameters, type)), LspJsonContext.Default.RequestMessage));
        return id;
    }

    private ImmutableArray<CodeAction> CodeAction(CodeActionParams parameters) =>
        CodeActions.For(Find(parameters.TextDocument.Uri), parameters.Range, parameters.Context?.Only, Encoding, OptionsFor(parameters.TextDocument.Uri));

    private ImmutableArray<TextEditDto> Format(DocumentFormattingParams parameters)
    {
        var (edits, refusal) = Formatting.For(Find(parameters.TextDocument.Uri), Encoding);
        if (refusal is not null)
        {
            Log(2, $"Not formatted: {refusal}");
        }

        return edits;
    }

    /// <summary>A request whose params are a document and a position.</summary>
    private byte[] At(JsonElement id, JsonElement? parameters, Func<OpenDocument, Position, byte[]> answer)
    {
        var at = Read(parameters, LspJsonContext.Default.TextDocumentPositionParams);
        return answer(Find(at.TextDocument.Uri), at.Position);
    }

    /// <summary>The open document named by params that are just a document.</summary>
    private OpenDocument Whole(JsonElement? parameters) =>
        Find(Read(parameters, LspJsonContext.Default.TextDocumentParams).TextDocument.Uri);

    private byte[] InlayHint(JsonElement id, InlayHintParams parameters) =>
        Respond(id, EditorFeatures.InlayHints(Find(parameters.TextDocument.Uri), parameters.Range, Encoding), LspJsonContext.Default.ImmutableArrayInlayHintDto);

    private byte[] References(JsonElement id, ReferenceParams parameters) =>
        Respond(
            id,
            IdFeatures.References(Find(parameters.TextDocument.Uri), parameters.Position, parameters.Context.IncludeDeclaration, Encoding),
            LspJsonContext.Default.ImmutableArrayLocation);

    private byte[] Rename(JsonElement id, RenameParams parameters) =>
        Respond(id, IdFeatures.Rename(Find(parameters.TextDocument.Uri), parameters.Position, parameters.NewName, Encoding), LspJsonContext.Default.WorkspaceEdit);

    private OpenDocument Find(string uri) =>
        documents.TryGetValue(uri, out var document)
            ? document
            : throw new RpcError(ErrorCodes.InvalidParams, $"The document is not open: {uri}");

    private void Publish(PublishDiagnosticsParams parameters) =>
        Notify("textDocument/publishDiagnostics", parameters, LspJsonContext.Default.PublishDiagnosticsParams);

    private void Log(int type, string message) =>
        Notify("window/logMessage", new LogMessageParams(type, message), LspJsonContext.Default.LogMessageParams);

    private void Trace1(string message)
    {
        if (Trace is "messages" or "verbose")
        {
            Notify("$/logTrace", new LogTraceParams(message), LspJsonContext.Default.LogTraceParams);
        }
    }

    private void Notify<T>(string method, T parameters, JsonTypeInfo<T> type) =>
        outbox.Add(Serialize(new NotificationMessage(method, JsonSerializer.SerializeToElement(parameters, type)), LspJsonContext.Default.NotificationMessage));

    private static T Read<T>(JsonElement? parameters, JsonTypeInfo<T> type) =>
        parameters is { ValueKind: JsonValueKind.Object } p
            ? p.Deserialize(type) ?? throw new JsonException("params are null")
            : throw new JsonException("params must be an object");

    private static byte[] Respond<T>(JsonElement id, T result, JsonTypeInfo<T> type) =>
        Serialize(new ResponseMessage(id, JsonSerializer.SerializeToElement(result, type)), LspJsonContext.Default.ResponseMessage);

    /// <summary>A result, or <c>null</c> when there is none.</summary>
    private static byte[] RespondOrNull<T>(JsonElement id, T? result, JsonTypeInfo<T> type)
        where T : class =>
        result is null
            ? Serialize(new ResponseMessage(id, Null), LspJsonContext.Default.ResponseMessage)
            : Respond(id, result, type);

    private static byte[] Error(JsonElement id, int code, string message) =>
        Serialize(new ErrorResponseMessage(id, new ResponseError(code, message)), LspJsonContext.Default.ErrorResponseMessage);

    private static byte[] Serialize<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.SerializeToUtf8Bytes(value, type);
}
