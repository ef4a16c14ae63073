using System.Collections.Immutable;

namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>The code action kinds the server offers.</summary>
public sealed record CodeActionOptions(ImmutableArray<string> CodeActionKinds);
