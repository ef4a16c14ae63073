using CmPlan.LanguageServer.Documents;
using CmPlan.LanguageServer.Protocol.Types;
using static CmPlan.LanguageServer.Server.RequestHandler;
using Json = CmPlan.LanguageServer.Protocol.LspJsonContext;

namespace CmPlan.LanguageServer.Server;

/// <summary>
/// Every request the server answers once initialized, by method: adding a request is one line
/// here (and its capability in <see cref="Capabilities"/>). Each reads an analysed snapshot of its
/// document from the <see cref="Workspace"/>; none analyses anything itself.
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
        ["textDocument/hover"] = Now(Json.Default.TextDocumentPositionParams, Json.Default.HoverDto, (w, p) =>
            EditorFeatures.Hover(w.Get(p.TextDocument.Uri), p.Position, w.Encoding)),
        ["textDocument/inlayHint"] = Now(Json.Default.InlayHintParams, Json.Default.ImmutableArrayInlayHintDto, (w, p) =>
            EditorFeatures.InlayHints(w.Get(p.TextDocument.Uri), p.Range, w.Encoding)),
        ["textDocument/documentSymbol"] = Now(Json.Default.TextDocumentParams, Json.Default.ImmutableArrayDocumentSymbolDto, (w, p) =>
            EditorFeatures.Symbols(w.Get(p.TextDocument.Uri), w.Encoding)),
        ["textDocument/foldingRange"] = Now(Json.Default.TextDocumentParams, Json.Default.ImmutableArrayFoldingRangeDto, (w, p) =>
            EditorFeatures.Folding(w.Get(p.TextDocument.Uri))),
        ["textDocument/semanticTokens/full"] = Now(Json.Default.TextDocumentParams, Json.Default.SemanticTokensDto, (w, p) =>
            w.Tokens.Full(w.Get(p.TextDocument.Uri), w.Encoding)),
        ["textDocument/semanticTokens/full/delta"] = Now(Json.Default.SemanticTokensDeltaParams, Json.Default.SemanticTokensDeltaDto, (w, p) =>
            w.Tokens.Delta(w.Get(p.TextDocument.Uri), p.PreviousResultId, w.Encoding)),
        ["textDocument/semanticTokens/range"] = Now(Json.Default.SemanticTokensRangeParams, Json.Default.SemanticTokensDto, (w, p) =>
            w.Get(p.TextDocument.Uri) is var document
                ? new SemanticTokensDto(SemanticTokenEncoder.Encode(document, w.Encoding, Positions.ToSpan(document.Source, p.Range, w.Encoding)))
                : null),
        ["textDocument/completion"] = Now(Json.Default.TextDocumentPositionParams, Json.Default.ImmutableArrayCompletionItemDto, (w, p) =>
            EditorFeatures.Completion(w.Get(p.TextDocument.Uri), p.Position, w.Encoding, w.OptionsFor(p.TextDocument.Uri).MediaFiles)),
        ["textDocument/definition"] = Now(Json.Default.TextDocumentPositionParams, Json.Default.Location, (w, p) =>
            IdFeatures.Definition(w.Get(p.TextDocument.Uri), p.Position, w.Encoding)),
        ["textDocument/references"] = Now(Json.Default.ReferenceParams, Json.Default.ImmutableArrayLocation, (w, p) =>
            IdFeatures.References(w.Get(p.TextDocument.Uri), p.Position, p.Context.IncludeDeclaration, w.Encoding)),
        ["textDocument/documentHighlight"] = Now(Json.Default.TextDocumentPositionParams, Json.Default.ImmutableArrayDocumentHighlightDto, (w, p) =>
            IdFeatures.Highlights(w.Get(p.TextDocument.Uri), p.Position, w.Encoding)),
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
}
