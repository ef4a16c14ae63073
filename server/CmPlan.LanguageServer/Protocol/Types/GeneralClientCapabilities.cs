using System.Collections.Immutable;

namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>The client's general capabilities; only the position encodings matter here.</summary>
public sealed record GeneralClientCapabilities(ImmutableArray<string>? PositionEncodings = null);
