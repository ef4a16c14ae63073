using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using CmPlan.LanguageServer.Protocol.Types;

namespace CmPlan.LanguageServer.Protocol;

/// <summary>
/// The source-generated serializer for every message type: camelCase names, nulls omitted,
/// nullable annotations and required constructor parameters enforced (a wrong type or a missing
/// field is a <see cref="JsonException"/>, answered with InvalidParams).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(IncomingMessage))]
[JsonSerializable(typeof(ResponseMessage))]
[JsonSerializable(typeof(ErrorResponseMessage))]
[JsonSerializable(typeof(NotificationMessage))]
[JsonSerializable(typeof(RequestMessage))]
[JsonSerializable(typeof(ConfigurationParams))]
[JsonSerializable(typeof(RegistrationParams))]
[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(DidOpenTextDocumentParams))]
[JsonSerializable(typeof(DidChangeTextDocumentParams))]
[JsonSerializable(typeof(DidCloseTextDocumentParams))]
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(ImmutableArray<CodeAction>))]
[JsonSerializable(typeof(DocumentFormattingParams))]
[JsonSerializable(typeof(ImmutableArray<TextEditDto>))]
[JsonSerializable(typeof(CancelParams))]
[JsonSerializable(typeof(SetTraceParams))]
[JsonSerializable(typeof(LogTraceParams))]
[JsonSerializable(typeof(LogMessageParams))]
[JsonSerializable(typeof(TextDocumentPositionParams))]
[JsonSerializable(typeof(TextDocumentParams))]
[JsonSerializable(typeof(HoverDto))]
[JsonSerializable(typeof(InlayHintParams))]
[JsonSerializable(typeof(ImmutableArray<InlayHintDto>))]
[JsonSerializable(typeof(ImmutableArray<DocumentSymbolDto>))]
[JsonSerializable(typeof(ImmutableArray<FoldingRangeDto>))]
[JsonSerializable(typeof(SemanticTokensDto))]
[JsonSerializable(typeof(SemanticTokensDeltaDto))]
[JsonSerializable(typeof(SemanticTokensDeltaParams))]
[JsonSerializable(typeof(SemanticTokensRangeParams))]
[JsonSerializable(typeof(CodeAction))]
[JsonSerializable(typeof(CodeActionResolveParams))]
[JsonSerializable(typeof(ImmutableArray<CompletionItemDto>))]
[JsonSerializable(typeof(Location))]
[JsonSerializable(typeof(ImmutableArray<Location>))]
[JsonSerializable(typeof(ReferenceParams))]
[JsonSerializable(typeof(ImmutableArray<DocumentHighlightDto>))]
[JsonSerializable(typeof(RangeDto))]
[JsonSerializable(typeof(RenameParams))]
[JsonSerializable(typeof(WorkspaceEdit))]
[JsonSerializable(typeof(ScheduleDto))]
[JsonSerializable(typeof(DidChangeWatchedFilesParams))]
[JsonSerializable(typeof(DidChangeWorkspaceFoldersParams))]
[JsonSerializable(typeof(DocumentDiagnosticParams))]
[JsonSerializable(typeof(DocumentDiagnosticReport))]
[JsonSerializable(typeof(WorkspaceDiagnosticParams))]
[JsonSerializable(typeof(WorkspaceDiagnosticReport))]
[JsonSerializable(typeof(WorkspaceSymbolParams))]
[JsonSerializable(typeof(ImmutableArray<SymbolInformationDto>))]
public sealed partial class LspJsonContext : JsonSerializerContext;
