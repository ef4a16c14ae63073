using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Model;

namespace CmPlan.Analysis.Binding;

/// <summary>The model of a document and the structural diagnostics found while building it.</summary>
public sealed record BindingResult(PlanModel Model, ImmutableArray<Diagnostic> Diagnostics);
