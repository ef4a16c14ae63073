namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>Whether the client resolves code actions, and which of their properties (<c>edit</c> is the one that matters).</summary>
public sealed record CodeActionClientCapabilities(ResolveSupport? ResolveSupport = null);
