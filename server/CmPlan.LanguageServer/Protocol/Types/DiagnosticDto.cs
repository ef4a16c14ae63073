using System.Collections.Immutable;

namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>An LSP diagnostic (named apart from the analysis <c>Diagnostic</c>).</summary>
public sealed record DiagnosticDto(RangeDto Range, int Severity, string Code, CodeDescription? CodeDescription, string Source, string Message, ImmutableArray<DiagnosticRelatedInformation>? RelatedInformation = null, ImmutableArray<int>? Tags = null);
