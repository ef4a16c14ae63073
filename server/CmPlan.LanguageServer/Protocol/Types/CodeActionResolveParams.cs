namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary><c>codeAction/resolve</c>: the action as offered; only its title, kind and data are read.</summary>
public sealed record CodeActionResolveParams(string Title, string? Kind = null, CodeActionData? Data = null);
