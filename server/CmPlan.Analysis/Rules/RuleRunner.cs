using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
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
    /// of rules that read "now" only at the same instant).
    /// </summary>
    public static ImmutableArray<Diagnostic> Run(
        DocumentSyntax syntax,
        PlanModel model,
        ScheduleIndex index,
        Instant now,
        IEnumerable<Diagnostic> structural,
        ICarriedFindings? posts,
        Language language = Language.English,
        IMediaFiles? mediaFiles = null)
    {
        var rules = RuleRegistry.All;
        var contexts = new RuleContext?[rules.Count];
        var postContexts = new PostContext?[rules.Count];
        for (var r = 0; r < rules.Count; r++)
        {
            if (model.Settings.SeverityOf(rules[r].Descriptor) is { } severity)
            {
                contexts[r] = new RuleContext(syntax, model, index, now, rules[r].Descriptor, severity, Words.For(language)) { MediaFiles = mediaFiles, Kept = posts?.KeptBy(r) };
                postContexts[r] = new PostContext(contexts[r]!);
            }
        }

        var sameNow = posts?.Now == now;
        // Only the posts where some rule found something, in model order: most posts have no
        // finding, and each rule would otherwise step over every one of them.
        var findings = new List<PostFindings>();
        foreach (var post in model.Posts)
        {
            if (FindingsOf(post, rules, postContexts, posts, sameNow) is { IsEmpty: false } some)
            {
                findings.Add(some);
            }
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
                AddTo(found, post[r]);
            }

            var carried = posts?.CarriedAcrossPosts(r);
            var (acrossPosts, readNow) = carried is { } held && (sameNow || !held.ReadNow) ? held : CheckPlan(rules[r], context);
            posts?.RememberAcrossPosts(r, acrossPosts, readNow);
            posts?.Keep(r, context.ToKeep ?? context.Kept);
            AddTo(found, acrossPosts);
        }

        var words = Words.For(language);
        var suppressions = SuppressionFinder.Find(syntax, found, words);
        return SuppressionFilter.Apply(syntax, model.Settings, suppressions, found, words);
    }

    /// <summary>
    /// What every rule finds on <paramref name="post"/> alone: carried where it holds (what a check
    /// found after reading "now", only at the same instant); the carried findings themselves when
    /// nothing changed (the usual case), so that an edit allocates for the posts it changed, not for every post.
    /// </summary>
    private static PostFindings FindingsOf(PostModel post, IReadOnlyList<Rule> rules, PostContext?[] contexts, ICarriedFindings? posts, bool sameNow)
    {
        var carried = posts?.Carried(post);
        if (carried is not null && sameNow)
        {
            // Every rule's findings hold (the usual case at a keystroke): no rule to look at.
            return carried;
        }

        PostFindings? findings = null;
        for (var r = 0; r < rules.Count; r++)
        {
            if (carried is not null && (sameNow || !carried.ReadNow(r)))
            {
                continue;
            }

            ImmutableArray<Diagnostic> found = [];
            var read = false;
            if (contexts[r] is { } context)
            {
                context.Check(post);
                rules[r].CheckPost(context, post);
                found = context.Drain();
                read = context.TakeNowRead();
            }

            if (carried is null || found.Length + carried[r].Length > 0 || read != carried.ReadNow(r))
            {
                findings = (carried ?? NoFindings).With(r, found, read, findings);
            }
        }

        if (findings is null)
        {
            return carried ?? NoFindings;
        }

        posts?.Remember(post, findings);
        return findings;
    }

    /// <summary>Nothing found by any rule, shared: <see cref="PostFindings.With"/> copies before it writes.</summary>
    private static readonly PostFindings NoFindings = PostFindings.Empty(RuleRegistry.All.Count);

    private static (ImmutableArray<Diagnostic> Findings, bool ReadNow) CheckPlan(Rule rule, RuleContext context)
    {
        rule.CheckPlan(context);
        return (context.Drain(), context.TakeNowRead());
    }

    /// <summary>Adds without boxing the array (List.AddRange would take it as an IEnumerable).</summary>
    private static void AddTo(List<Diagnostic> found, ImmutableArray<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            found.Add(diagnostic);
        }
    }
}
