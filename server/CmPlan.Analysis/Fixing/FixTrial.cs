using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Incremental;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Schedule;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Fixing;

/// <summary>
/// Tries a pass of fixes (in different blocks) on a session's text and judges the result by the
/// contract's rule: each fix's own problem is counted less often, no problem more often, and no
/// fixed post loses its first publication, gets <c>times 0</c>, or an <c>until</c> or <c>expires</c>
/// before its first publication.
/// </summary>
internal static class FixTrial
{
    /// <summary>
    /// The largest pass tried by incremental edits of a copy of the session; past it the edited text
    /// is analysed once as a whole, which costs about as much as a few edits of a large plan.
    /// </summary>
    private const int IncrementalPass = 4;

    /// <summary>The rules whose findings on a post depend on other posts: a rise of theirs may come from another fix of the pass.</summary>
    private static readonly HashSet<string> AcrossPosts = new(StringComparer.Ordinal) { RuleIds.SlotConflict, RuleIds.DuplicateContent, RuleIds.DuplicateDefinition };

    /// <summary>The session at the text with the pass applied, when the pass only removes problems; else null.</summary>
    public static AnalysisSession? Try(AnalysisSession session, ProblemCount before, IReadOnlyList<FixCandidate> pass) =>
        Judge(session, before, pass) is { Suspects.Count: 0 } verdict ? verdict.Trial : null;

    /// <summary>
    /// Applies the pass and says which of its fixes look guilty when it fails: those whose own problem
    /// did not drop, whose block (or their diagnostic's) has a problem more, or whose post breaks a
    /// guard. A failure none of them explains (a problem more in a block no fix touched) makes every
    /// fix a suspect and <c>Explained</c> false. No suspect: the pass only removes problems.
    /// </summary>
    /// <remarks>
    /// <c>Certain</c> lists the suspects that would fail alone just the same, so need no trial of their
    /// own: a post that breaks a guard, or gets more of a problem that depends on that post alone, when
    /// every fix of the pass is in a post block or a queue block, and the post is no item of a queue fixed
    /// too (its publications and such findings then depend on its own block only).
    /// </remarks>
    public static (AnalysisSession Trial, IReadOnlyList<FixCandidate> Suspects, bool Explained, IReadOnlyList<FixCandidate> Certain) Judge(
        AnalysisSession session,
        ProblemCount before,
        IReadOnlyList<FixCandidate> pass)
    {
        var trial = Apply(session, pass);
        var after = ProblemCount.Of(trial.Result);
        var risenProblems = after.RisenFrom(before);
        var risen = risenProblems.Select(p => (p.Kind, p.Id)).ToHashSet();
        var (broken, queueItems) = BrokenGuards(before.Result, trial.Result, pass);
        var suspects = pass
            .Where(c => after[c.Problem] > before[c.Problem] - pass.Count(o => o.Problem == c.Problem)
                || risen.Contains(c.Block) || risen.Contains((c.Problem.Kind, c.Problem.Id))
                || c.Block.Id is { } id && broken.Contains(id))
            .ToList();
        // A problem more in a block no fix touched (a slot-conflict, a duplicate) names the other post in its
        // related information: the fix there is the suspect.
        var unexplained = risenProblems.Where(p => !pass.Any(c => c.Block == (p.Kind, p.Id) || (c.Problem.Kind, c.Problem.Id) == (p.Kind, p.Id))).ToHashSet();
        if (unexplained.Count > 0)
        {
            var linked = Related(trial.Result, after, unexplained);
            suspects.AddRange(pass.Where(c => !suspects.Contains(c) && linked.Contains(c.Block)));
            unexplained.RemoveWhere(p => Related(trial.Result, after, [p]).Overlaps(pass.Select(c => c.Block)));
        }

        var explained = unexplained.Count == 0;
        var certain = pass.Any(c => c.Block.Kind is not (BlockKind.Post or BlockKind.Queue))
            ? []
            : suspects.Where(c => c.Block.Kind == BlockKind.Post && c.Block.Id is { } id
                && !(queueItems.Contains(id) && pass.Any(o => o.Block.Kind == BlockKind.Queue))
                && (broken.Contains(id)
                    || risenProblems.Any(p => (p.Kind, p.Id) == c.Block && !AcrossPosts.Contains(p.Rule))
                    || AloneAcrossPosts(trial.Result, after, risenProblems, pass, c))).ToList();
        return (trial, explained ? suspects : [.. pass], explained, certain);
    }

    /// <summary>
    /// Whether a problem between posts rose where this fix's post is the only fixed post involved: in a
    /// block of its own or of a post no fix touched, whose findings of that rule name (as related
    /// information: the other post of a clash or a duplicate) no fixed post but this one. The posts
    /// involved are then as they would be with this fix alone, and so is the rise: the fix fails
    /// alone too, and needs no trial of its own (on a large plan, one incremental analysis per fix).
    /// </summary>
    private static bool AloneAcrossPosts(AnalysisResult trial, ProblemCount after, IEnumerable<Problem> risen, IReadOnlyList<FixCandidate> pass, FixCandidate candidate)
    {
        var fixedBlocks = pass.Select(c => c.Block).ToHashSet();
        foreach (var problem in risen.Where(p => AcrossPosts.Contains(p.Rule)))
        {
            var involved = Related(trial, after, [problem]);
            involved.Add((problem.Kind, problem.Id));
            involved.IntersectWith(fixedBlocks);
            if (involved.Count == 1 && involved.Contains(candidate.Block))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One edit for a fix's edits: from the first to the last, with the text between them kept.</summary>
    public static TextEdit Merged(SourceText source, CodeFix fix)
    {
        if (fix.Edits.Length == 1)
        {
            return fix.Edits[0];
        }

        var edits = fix.Edits.OrderBy(e => e.Span.Start).ToList();
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < edits.Count; i++)
        {
            text.Append(edits[i].NewText);
            if (i + 1 < edits.Count)
            {
                text.Append(source[TextSpan.FromBounds(edits[i].Span.End, edits[i + 1].Span.Start)]);
            }
        }

        return new TextEdit(TextSpan.FromBounds(edits[0].Span.Start, edits[^1].Span.End), text.ToString());
    }

    private static AnalysisSession Apply(AnalysisSession session, IReadOnlyList<FixCandidate> pass)
    {
        if (pass.Count <= IncrementalPass)
        {
            var trial = session.Fork();
            // From the end, so that the spans of the edits still to make stay where they were.
            foreach (var edit in pass.Select(c => Merged(session.Source, c.Fix)).OrderByDescending(e => e.Span.Start))
            {
                trial.Edit(edit.Span, edit.NewText);
            }

            return trial;
        }

        var text = EditApplier.Apply(session.Source.Text, pass.SelectMany(c => c.Fix.Edits));
        return new AnalysisSession(SourceText.From(text), session.Options);
    }

    /// <summary>The blocks that the related information of the diagnostics of <paramref name="problems"/> points into.</summary>
    private static HashSet<(BlockKind? Kind, string? Id)> Related(AnalysisResult result, ProblemCount count, IEnumerable<Problem> problems)
    {
        var wanted = problems.ToHashSet();
        var blocks = new HashSet<(BlockKind? Kind, string? Id)>();
        foreach (var diagnostic in result.Diagnostics.Where(d => !d.Related.IsDefaultOrEmpty && wanted.Contains(count.Of(d))))
        {
            foreach (var related in diagnostic.Related)
            {
                blocks.Add(ProblemCount.Owner(result.Syntax, related.Span.Start));
            }
        }

        return blocks;
    }

    /// <summary>The posts of the pass that break a guard, and those of them that are queue items: what the counts cannot see (a bound may silence nothing and still cut the post's first publication, or write a bound no rule of this version reports).</summary>
    private static (HashSet<string> Broken, HashSet<string> QueueItems) BrokenGuards(AnalysisResult before, AnalysisResult after, IReadOnlyList<FixCandidate> pass)
    {
        var broken = new HashSet<string>(StringComparer.Ordinal);
        var queueItems = new HashSet<string>(StringComparer.Ordinal);
        var posts = pass.Where(c => c.Block.Kind == BlockKind.Post && c.Block.Id is not null).Select(c => c.Block.Id!).ToHashSet(StringComparer.Ordinal);
        if (posts.Count == 0)
        {
            return (broken, queueItems);
        }

        var firstBefore = FirstPublications(before.Schedule, posts);
        var firstAfter = FirstPublications(after.Schedule, posts);
        var was = Posts(before.Model, posts);
        foreach (var post in after.Model.Posts.Where(p => posts.Contains(p.Id)))
        {
            var old = was.GetValueOrDefault(post.Id);
            var first = firstAfter.GetValueOrDefault(post.Id);
            if (post.IsQueueItem)
            {
                queueItems.Add(post.Id);
            }

            if (post.Repeat?.Value.Times?.Value == 0 && old?.Repeat?.Value.Times?.Value != 0
                || first is null && firstBefore.ContainsKey(post.Id)
                || first is not null && post.Repeat?.Value.Until?.Value is { } until && first.IsAfter(until) && old?.Repeat?.Value.Until?.Value != until
                || first is not null && post.Expires?.Value is { } expires && first.IsAfter(expires) && old?.Expires?.Value != expires)
            {
                broken.Add(post.Id);
            }
        }

        return (broken, queueItems);
    }

    private static Dictionary<string, Publication> FirstPublications(PlanSchedule schedule, HashSet<string> posts)
    {
        var first = new Dictionary<string, Publication>(StringComparer.Ordinal);
        foreach (var publication in schedule.Publications)
        {
            if (posts.Contains(publication.Post))
            {
                first.TryAdd(publication.Post, publication);
            }
        }

        return first;
    }

    private static Dictionary<string, PostModel> Posts(PlanModel model, HashSet<string> ids)
    {
        var found = new Dictionary<string, PostModel>(StringComparer.Ordinal);
        foreach (var post in model.Posts.Where(p => ids.Contains(p.Id)))
        {
            found.TryAdd(post.Id, post);
        }

        return found;
    }
}
