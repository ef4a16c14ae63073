using System.Collections.Immutable;

namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>
/// The answer to <c>textDocument/diagnostic</c>: <c>kind</c> <c>full</c> with the items, or
/// <c>unchanged</c> (no items) when the client's <c>previousResultId</c> is still the result.
/// </summary>
public sealed record DocumentDiagnosticReport(string Kind, string ResultId, ImmutableArray<DiagnosticDto>? Items = null)
{
    public const string Full = "full";

    public const string Unchanged = "unchanged";
}
