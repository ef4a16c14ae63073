using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Rules.Suppression;
using CmPlan.Analysis.Schedule;
using CmPlan.Grammar.Syntax;
using NodaTime;

namespace CmPlan.Analysis.Rules;

/// <summary>
/// Runs every enabled rule once over the model and the schedule, then applies the document's
/// suppression comments. Structural diagnostics pass through untouched.
/// </summary>
public static class RuleRunner
{
    public static ImmutableArray<Diagnostic> Run(
        DocumentSyntax syntax,
        PlanModel model,
        PlanSchedule schedule,
        Instant now,
        IEnumerable<Diagnostic> structural)
    {
        var index = new ScheduleIndex(schedule);
        var found = new List<Diagnostic>(structural);
        foreach (var rule in RuleRegistry.All)
        {
            if (model.Settings.SeverityOf(rule.Descriptor) is { } severity)
            {
                rule.Check(new RuleContext(syntax, model, index, now, rule.Descriptor, severity, found));
            }
        }

        var suppressions = SuppressionFinder.Find(syntax, found);
        return SuppressionFilter.Apply(syntax, model.Settings, suppressions, found);
    }
}
