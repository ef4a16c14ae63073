namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>Where a diagnostic's code is documented.</summary>
public sealed record CodeDescription(string Href);
