namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>One setting asked of the client.</summary>
public sealed record ConfigurationItem(string Section);
