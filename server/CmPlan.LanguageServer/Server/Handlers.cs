using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CmPlan.LanguageServer.Documents;
using CmPlan.LanguageServer.Protocol;
using CmPlan.LanguageServer.Protocol.Types;
using static CmPlan.LanguageServer.Server.RequestHandler;
using Json = CmPlan.LanguageServer.Protocol.LspJsonContext;

namespace CmPlan.LanguageServer.Server;

/// <summary>
/// Every request the server answers once initialized, by method: adding a request is one line
/// here (and its capability in <see cref="Capabilities"/>). Each reads an analysed snapshot of its
/// document from the <see cref="Workspace"/>; none analyses anything itself. What an editor asks
/// after every keystroke and only reads its document (<see cref="RequestHandler.Snapshot"/>, and
/// semantic tokens) is answered off the message loop, so a round of them is not their sum.
/// </summary>
public static class Handlers
{
    public static IReadOnlyDictionary<string, RequestHandler> Requests { get; } = new Dictionary<string, RequestHandler>(StringComparer.Ordinal)
    {
        ["textDocument/codeAction"] = Now(Json.Default.CodeActionParams, Json.Default.ImmutableArrayCodeAction, (w, p) =>
            CodeActions.For(w.Get(p.TextDocument.Uri), p.Range, p.Context?.Only, w.Encoding, w.ResolvesCodeActions, w.OptionsFor(p.TextDocument.Uri))),
        ["codeAction/resolve"] = Later(Json.Default.CodeActionResolveParams, Json.Default.CodeAction, (w, p) =>
            CodeActions.Resolve(p, w.Get(p.Data?.Uri ?? ""), w.Encoding, w.OptionsFor(p.Data?.Uri ?? ""))),
        ["textDocument/formatting"] = Now(Json.Default.DocumentFormattingParams, Json.Default.ImmutableArrayTextEditDto, (w, p) =>
            w.Formatted(p.TextDocument.Uri)),
        ["textDocument/hover"] = Snapshot(Json.Default.TextDocumentPositionParams, Json.Default.HoverDto, p => p.TextDocument.Uri, (d, e, p) =>
            EditorFeatures.Hover(d, p.Position, e)),
        ["textDocument/inlayHint"] = Snapshot(Json.Default.InlayHintParams, Json.Default.ImmutableArrayInlayHintDto, p => p.TextDocument.Uri, (d, e, p) =>
            EditorFeatures.InlayHints(d, p.Range, e)),
        ["textDocument/documentSymbol"] = Snapshot(Json.Default.TextDocumentParams, p => p.TextDocument.Uri, (id, d, e, _) =>
            OutlineJson.Respond(id, d, e)),
        ["textDocument/foldingRange"] = Snapshot(Json.Default.TextDocumentParams, p => p.TextDocument.Uri, (id, d, _, _) =>
            FoldingJson.Respond(id, d)),
        ["textDocument/semanticTokens/full"] = WithTokens(Json.Default.TextDocumentParams, p => p.TextDocument.Uri, (tokens, id, d, e, _) =>
            tokens.Full(id, d, e)),
        ["textDocument/semanticTokens/full/delta"] = WithTokens(Json.Default.SemanticTokensDeltaParams, p => p.TextDocument.Uri, (tokens, id, d, e, p) =>
            tokens.Delta(id, d, p.PreviousResultId, e)),
        ["textDocument/semanticTokens/range"] = Snapshot(Json.Default.SemanticTokensRangeParams, Json.Default.SemanticTokensDto, p => p.TextDocument.Uri, (d, e, p) =>
            new SemanticTokensDto(SemanticTokenEncoder.Encode(d, e, Positions.ToSpan(d.Source, p.Range, e)))),
        ["textDocument/completion"] = Now(Json.Default.TextDocumentPositionParams, Json.Default.ImmutableArrayCompletionItemDto, (w, p) =>
            EditorFeatures.Completion(w.Get(p.TextDocument.Uri), p.Position, w.Encoding, w.OptionsFor(p.TextDocument.Uri).MediaFiles)),
        ["textDocument/definition"] = Now(Json.Default.TextDocumentPositionParams, Json.Default.Location, (w, p) =>
            IdFeatures.Definition(w.Get(p.TextDocument.Uri), p.Position, w.Encoding)),
        ["textDocument/references"] = Now(Json.Default.ReferenceParams, Json.Default.ImmutableArrayLocation, (w, p) =>
            IdFeatures.References(w.Get(p.TextDocument.Uri), p.Position, p.Context.IncludeDeclaration, w.Encoding)),
        ["textDocument/documentHighlight"] = Snapshot(Json.Default.TextDocumentPositionParams, Json.Default.ImmutableArrayDocumentHighlightDto, p => p.TextDocument.Uri, (d, e, p) =>
            IdFeatures.Highlights(d, p.Position, e)),
        ["textDocument/prepareRename"] = Now(Json.Default.TextDocumentPositionParams, Json.Default.RangeDto, (w, p) =>
            IdFeatures.PrepareRename(w.Get(p.TextDocument.Uri), p.Position, w.Encoding)),
        ["textDocument/rename"] = Now(Json.Default.RenameParams, Json.Default.WorkspaceEdit, (w, p) =>
            IdFeatures.Rename(w.Get(p.TextDocument.Uri), p.Position, p.NewName, w.Encoding)),
        ["textDocument/diagnostic"] = Now(Json.Default.DocumentDiagnosticParams, Json.Default.DocumentDiagnosticReport, (w, p) =>
            w.DiagnosticReport(p.TextDocument.Uri, p.PreviousResultId)),
        ["workspace/diagnostic"] = Later(Json.Default.WorkspaceDiagnosticParams, Json.Default.WorkspaceDiagnosticReport, (w, p) =>
            w.WorkspaceReport(p.PreviousResultIds ?? [])),
        ["workspace/symbol"] = Later(Json.Default.WorkspaceSymbolParams, Json.Default.ImmutableArraySymbolInformationDto, (w, p) =>
            w.Symbols(p.Query)),
        ["cmplan/schedule"] = Now(Json.Default.TextDocumentParams, Json.Default.ScheduleDto, (w, p) =>
            ScheduleListing.Of(w.Get(p.TextDocument.Uri), w.Encoding)),
    };

    /// <summary>What the server offers, in the negotiated encoding.</summary>
    public static ServerCapabilities Capabilities(PositionEncoding encoding) =>
        new(
            encoding == PositionEncoding.Utf8 ? "utf-8" : "utf-16",
            new TextDocumentSyncOptions(OpenClose: true, Change: 2),
            new CodeActionOptions([CodeActions.QuickFix, CodeActions.FixAll], ResolveProvider: true),
            DocumentFormattingProvider: true,
            HoverProvider: true,
            InlayHintProvider: true,
            DocumentSymbolProvider: true,
            FoldingRangeProvider: true,
            new SemanticTokensOptions(SemanticTokenEncoder.Legend, new SemanticTokensFullOptions(Delta: true), Range: true),
            new CompletionOptions([" "]),
            DefinitionProvider: true,
            ReferencesProvider: true,
            DocumentHighlightProvider: true,
            new RenameOptions(PrepareProvider: true),
            new DiagnosticOptions(InterFileDependencies: false, WorkspaceDiagnostics: true),
            WorkspaceSymbolProvider: true,
            new WorkspaceServerCapabilities(new WorkspaceFoldersServerCapabilities(Supported: true, ChangeNotifications: true)));

    /// <summary>Semantic tokens: a <see cref="RequestHandler.Snapshot{TParams}"/> that also reaches the results kept for deltas (which lock).</summary>
    private static RequestHandler WithTokens<TParams>(
        JsonTypeInfo<TParams> read,
        Func<TParams, string> uri,
        Func<SemanticTokenResults, JsonElement, OpenDocument, PositionEncoding, TParams, OutgoingMessage> respond) =>
        new(
            (workspace, id, json) => Snapshot(read, uri, (i, d, e, p) => respond(workspace.Tokens, i, d, e, p)).Start(workspace, id, json),
            Background: true);
}
