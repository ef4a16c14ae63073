namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>Whether the declaration is one of the references.</summary>
public sealed record ReferenceContext(bool IncludeDeclaration);
