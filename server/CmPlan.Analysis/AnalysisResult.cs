using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Schedule;
using CmPlan.Grammar.Syntax;
using NodaTime;

namespace CmPlan.Analysis;

/// <summary>Everything one analysis of one document produced, diagnostics sorted by position.</summary>
public sealed record AnalysisResult(
    DocumentSyntax Syntax,
    PlanModel Model,
    PlanSchedule Schedule,
    Instant Now,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The language of the diagnostics, and of what the editor features say about this result.</summary>
    public Language Language { get; init; } = Language.English;

    /// <summary>How this result's language writes dates, counts and the catalogue's templates.</summary>
    public Words Words => Words.For(Language);
}
