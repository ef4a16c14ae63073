using System.Collections.Immutable;

namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>The code action kinds the server offers, and whether it resolves actions offered without their edit.</summary>
public sealed record CodeActionOptions(ImmutableArray<string> CodeActionKinds, bool ResolveProvider);
