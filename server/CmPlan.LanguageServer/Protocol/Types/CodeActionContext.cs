using System.Collections.Immutable;
using System.Text.Json;

namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>
/// The kinds the client wants; the diagnostics it shows are kept raw (the server answers from
/// its own analysis, and a client's diagnostic shape must not make the request invalid).
/// </summary>
public sealed record CodeActionContext(JsonElement? Diagnostics = null, ImmutableArray<string>? Only = null);
