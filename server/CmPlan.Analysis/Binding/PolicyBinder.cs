using System.Collections.Immutable;
using CmPlan.Analysis.Configuration;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Model;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;
using CmPlan.Grammar.Values;
using CmPlan.Grammar.Values.Reading;

namespace CmPlan.Analysis.Binding;

/// <summary>
/// Resolves the effective <see cref="Settings"/>: built-in defaults, then <c>cmplan.json</c>, then
/// the <c>policy</c> block (later wins), and checks its <c>rule</c> lines.
/// </summary>
internal static class PolicyBinder
{
    public static Settings Bind(BlockSyntax? policy, ConfigFile config, DiagnosticBag diagnostics)
    {
        var defaults = Settings.Defaults;
        var fromConfig = new Settings(
            config.MinInterval ?? defaults.MinInterval,
            config.MaxRepeats ?? defaults.MaxRepeats,
            config.MaxSpan ?? defaults.MaxSpan,
            config.MaxAutomated ?? defaults.MaxAutomated,
            config.MinGap ?? defaults.MinGap,
            config.Rules)
        {
            ApprovalLead = config.ApprovalLead ?? defaults.ApprovalLead,
        };
        if (policy is null)
        {
            return fromConfig;
        }

        var bag = new PropertyBag(policy, diagnostics);
        return new Settings(
            bag.Read("min-interval", ValueReader.Duration)?.Value ?? fromConfig.MinInterval,
            bag.Read("max-repeats", ValueReader.Int)?.Value ?? fromConfig.MaxRepeats,
            bag.Read("max-span", ValueReader.Duration)?.Value ?? fromConfig.MaxSpan,
            bag.Read("max-automated", ValueReader.Percent)?.Value ?? fromConfig.MaxAutomated,
            bag.Read("min-gap", ValueReader.Duration)?.Value ?? fromConfig.MinGap,
            RuleSeverities(bag, fromConfig.RuleSeverities, diagnostics))
        {
            ApprovalLead = bag.Read("approval-lead", ValueReader.Duration)?.Value ?? fromConfig.ApprovalLead,
        };
    }

    private static ImmutableDictionary<string, SeverityValue> RuleSeverities(
        PropertyBag bag,
        ImmutableDictionary<string, SeverityValue> inherited,
        DiagnosticBag diagnostics)
    {
        var severities = inherited.ToBuilder();
        foreach (var setting in bag.ReadAll("rule", ValueReader.Rule).Select(r => r.Value))
        {
            var id = setting.RuleId.Value;
            var rule = RuleCatalog.Find(id);
            if (rule is null)
            {
                var suggestion = StructuralFixes.ClosestRule(id);
                diagnostics.Add(RuleIds.UnknownRule, setting.RuleId.Span, StructureMessages.UnknownRule(diagnostics.Words, id, suggestion), StructuralFixes.Suggest(setting.RuleId.Span, suggestion));
            }
            else if (rule.IsStructural)
            {
                bag.ReportInvalid(setting.RuleId.Span, StructureMessages.StructuralRule(diagnostics.Words, id));
            }
            else
            {
                severities[id] = setting.Severity.Value;
            }
        }

        return severities.ToImmutable();
    }
}
