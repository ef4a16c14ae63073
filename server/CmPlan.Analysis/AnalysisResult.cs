using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
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
    ImmutableArray<Diagnostic> Diagnostics);
