namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>A range in a document.</summary>
public sealed record Location(string Uri, RangeDto Range);
