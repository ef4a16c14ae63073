namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>Rename, with <c>textDocument/prepareRename</c>.</summary>
public sealed record RenameOptions(bool PrepareProvider);
