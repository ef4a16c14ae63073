using System.Collections.Immutable;

namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>The properties a client can fill in lazily through a resolve request.</summary>
public sealed record ResolveSupport(ImmutableArray<string>? Properties = null);
