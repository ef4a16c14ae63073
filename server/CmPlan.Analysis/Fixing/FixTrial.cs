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

    /// <summary>The session at the text with the pass applied, when the pass only removes problems; else null.</summary>
    public static AnalysisSession? Try(AnalysisSession session, ProblemCount before, IReadOnlyList<FixCandidate> pass)
    {
        var trial = Apply(session, pass);
        var after = ProblemCount.Of(trial.Result);
        return OnlyRemoves(before, after, pass) && Guards(before.Result, trial.Result, pass) ? trial : null;
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

    private static bool OnlyRemoves(ProblemCount before, ProblemCount after, IReadOnlyList<FixCandidate> pass) =>
        pass.GroupBy(c => c.Problem).All(g => after[g.Key] <= before[g.Key] - g.Count()) && !after.RisesFrom(before);

    /// <summary>What the counts cannot see: a bound may silence nothing and still cut the post's first publication, or write a bound no rule of this version reports.</summary>
    private static bool Guards(AnalysisResult before, AnalysisResult after, IReadOnlyList<FixCandidate> pass)
    {
        var posts = pass.Where(c => c.Block.Kind == BlockKind.Post && c.Block.Id is not null).Select(c => c.Block.Id!).ToHashSet(StringComparer.Ordinal);
        if (posts.Count == 0)
        {
            return true;
        }

        var firstBefore = FirstPublications(before.Schedule, posts);
        var firstAfter = FirstPublications(after.Schedule, posts);
        var was = Posts(before.Model, posts);
        foreach (var post in after.Model.Posts.Where(p => posts.Contains(p.Id)))
        {
            var old = was.GetValueOrDefault(post.Id);
            if (post.Repeat?.Value.Times?.Value == 0 && old?.Repeat?.Value.Times?.Value != 0)
            {
                return false;
            }

            if (!firstAfter.TryGetValue(post.Id, out var first))
            {
                if (firstBefore.ContainsKey(post.Id))
                {
                    return false;
                }

                continue;
            }

            if (post.Repeat?.Value.Until?.Value is { } until && !until.EndIncludes(first.Local) && old?.Repeat?.Value.Until?.Value != until)
            {
                return false;
            }

            if (post.Expires?.Value is { } expires && !expires.EndIncludes(first.Local) && old?.Expires?.Value != expires)
            {
                return false;
            }
        }

        return true;
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
