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
/// suppression comments. Structural diagnostics pass through untouched. Findings come in rule
/// order, each rule's on every post in model order, then its findings across posts.
/// </summary>
public static class RuleRunner
{
    public static ImmutableArray<Diagnostic> Run(
        DocumentSyntax syntax,
        PlanModel model,
        PlanSchedule schedule,
        Instant now,
        IEnumerable<Diagnostic> structural) =>
        Run(syntax, model, new ScheduleIndex(schedule), now, structural, null);

    /// <summary>
    /// As <see cref="Run(DocumentSyntax, PlanModel, PlanSchedule, Instant, IEnumerable{Diagnostic})"/>,
    /// with each post's findings carried over by <paramref name="posts"/> where they still hold (those
    /// of rules that read "now" are always found again).
    /// </summary>
    public static ImmutableArray<Diagnostic> Run(
        DocumentSyntax syntax,
        PlanModel model,
        ScheduleIndex index,
        Instant now,
        IEnumerable<Diagnostic> structural,
        IPostFindings? posts)
    {
        var rules = RuleRegistry.All;
        var contexts = new RuleContext?[rules.Count];
        for (var r = 0; r < rules.Count; r++)
        {
            if (model.Settings.SeverityOf(rules[r].Descriptor) is { } severity)
            {
                contexts[r] = new RuleContext(syntax, model, index, now, rules[r].Descriptor, severity, []);
            }
        }

        var findings = new ImmutableArray<Diagnostic>[model.Posts.Length][];
        for (var p = 0; p < model.Posts.Length; p++)
        {
            findings[p] = FindingsOf(model.Posts[p], rules, contexts, posts);
        }

        var found = new List<Diagnostic>(structural);
        for (var r = 0; r < rules.Count; r++)
        {
            if (contexts[r] is not { } context)
            {
                continue;
            }

            foreach (var post in findings)
            {
                found.AddRange(post[r]);
            }

            rules[r].CheckPlan(context);
            found.AddRange(context.Drain());
        }

        var suppressions = SuppressionFinder.Find(syntax, found);
        return SuppressionFilter.Apply(syntax, model.Settings, suppressions, found);
    }

    private static ImmutableArray<Diagnostic>[] FindingsOf(PostModel post, IReadOnlyList<Rule> rules, RuleContext?[] contexts, IPostFindings? posts)
    {
        var carried = posts?.Carried(post);
        var findings = new ImmutableArray<Diagnostic>[rules.Count];
        for (var r = 0; r < rules.Count; r++)
        {
            if (contexts[r] is not { } context)
            {
                findings[r] = [];
            }
            else if (carried is not null && !rules[r].ReadsNow)
            {
                findings[r] = carried[r];
            }
            else
            {
                rules[r].CheckPost(context, post);
                findings[r] = context.Drain();
            }
        }

        posts?.Remember(post, findings);
        return findings;
    }
}
