using CmPlan.Analysis.Configuration;
using CmPlan.Analysis.Model;
using CmPlan.Grammar.Syntax;

namespace CmPlan.Analysis.Binding;

/// <summary>Turns a syntax tree into a <see cref="PlanModel"/> and the structural diagnostics of contract §5.</summary>
public static class Binder
{
    public static BindingResult Bind(DocumentSyntax syntax, ConfigFile config)
    {
        // Placeholder until the binder lands: an empty plan.
        _ = syntax;
        _ = config;
        return new BindingResult(new PlanModel(PlanInfo.Default, Model.Settings.Defaults, [], [], []), []);
    }
}
