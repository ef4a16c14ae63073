using System.Collections.Immutable;

namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary><c>workspace/configuration</c>, sent by the server.</summary>
public sealed record ConfigurationParams(ImmutableArray<ConfigurationItem> Items);
