using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Incremental;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Fixing;

/// <summary>
/// <c>cmplan fix</c>'s engine (contract §5, §6): applies each diagnostic's preferred fix (safe ones,
/// or unsafe too when asked), every fix checked against the text it lands on. Round after round it
/// takes one fix per block, applies the pass and analyses the result once; a pass that adds a
/// problem is split in halves, applied one half after the other, down to single fixes, and a fix
/// that fails alone is refused (the diagnostic's next fix may be tried in a later round). Each fix
/// applied removes a problem and adds none, so the rounds end.
/// </summary>
public static class PlanFixer
{
    public static FixOutcome Fix(SourceText source, AnalysisOptions analysis, FixOptions options) =>
        Fix(new AnalysisSession(source, analysis), options);

    public static FixOutcome Fix(AnalysisSession session, FixOptions options)
    {
        var run = new Run(session);
        while (run.Candidates(options) is { Count: > 0 } candidates)
        {
            run.Round(FixPasses.First(candidates));
        }

        return new FixOutcome(run.Session.Source.Text, [.. run.Applied], run.Session.Result);
    }

    /// <summary>The state of one fix run: the session at the current text, what was applied and what was refused.</summary>
    private sealed class Run(AnalysisSession session)
    {
        private readonly HashSet<(Problem Problem, string Title, string Message)> refused = [];
        private readonly HashSet<string> seen = new(StringComparer.Ordinal) { session.Source.Text };
        private ProblemCount count = ProblemCount.Of(session.Result);

        public AnalysisSession Session { get; private set; } = session;

        public List<AppliedFix> Applied { get; } = [];

        /// <summary>Per diagnostic, its first fix that may be applied and was not refused here, the preferred one first.</summary>
        public List<FixCandidate> Candidates(FixOptions options)
        {
            var candidates = new List<FixCandidate>();
            foreach (var diagnostic in Session.Result.Diagnostics)
            {
                foreach (var fix in diagnostic.Fixes.Where(f => f.IsSafe || options.IncludeUnsafe).OrderBy(f => f.IsPreferred ? 0 : 1))
                {
                    var candidate = FixCandidate.Of(count, diagnostic, fix);
                    if (!refused.Contains((candidate.Problem, fix.Title, diagnostic.Message)))
                    {
                        candidates.Add(candidate);
                        break;
                    }
                }
            }

            return candidates;
        }

        /// <summary>
        /// Applies the pass if it only removes problems. Else its suspects (the fixes whose own block got
        /// worse, or whose problem stayed) are tried one at a time after the others, applied as a pass
        /// again; a failure no fix explains splits the pass in halves. Each part is checked against the
        /// text the previous one left. A fix refused before is tried again once its block has changed.
        /// </summary>
        public void Round(List<FixCandidate> pass)
        {
            var applied = Applied.Count;
            Apply(pass, []);
            var touched = Applied.Skip(applied).Select(a => a.Block).ToHashSet();
            refused.RemoveWhere(r => touched.Contains((r.Problem.Kind, r.Problem.Id)));
        }

        private void Apply(List<FixCandidate> pass, List<TextEdit> done)
        {
            var moved = pass.Select(c => c.Through(done)).ToList();
            var (trial, suspects, explained, certain) = FixTrial.Judge(Session, count, moved);
            if (suspects.Count == 0 && seen.Add(trial.Source.Text))
            {
                var edits = moved.SelectMany(c => c.Fix.Edits).OrderBy(e => e.Span.Start).ToList();
                for (var i = 0; i < Applied.Count; i++)
                {
                    Applied[i] = Applied[i] with { Offset = FixCandidate.Map(Applied[i].Offset, edits) };
                }

                Applied.AddRange(moved.OrderBy(c => c.Position).Select(c => new AppliedFix(c.Problem.Rule, c.Fix.Title, FixCandidate.Map(c.Position, edits)) { Block = c.Block }));
                done.AddRange(pass.SelectMany(c => c.Fix.Edits));
                Session = trial;
                count = ProblemCount.Of(trial.Result);
            }
            else if (pass.Count == 1)
            {
                refused.Add((pass[0].Problem, pass[0].Fix.Title, pass[0].Message));
            }
            else if (explained)
            {
                // By position: the pass's fixes are those of the text the pass started from, the verdict's are moved.
                var innocent = pass.Where((_, i) => !suspects.Contains(moved[i])).ToList();
                if (innocent.Count > 0)
                {
                    Apply(innocent, done);
                }

                for (var i = 0; i < pass.Count; i++)
                {
                    if (certain.Contains(moved[i]))
                    {
                        refused.Add((pass[i].Problem, pass[i].Fix.Title, pass[i].Message));
                    }
                    else if (suspects.Contains(moved[i]))
                    {
                        Apply([pass[i]], done);
                    }
                }
            }
            else
            {
                Apply(pass[..(pass.Count / 2)], done);
                Apply(pass[(pass.Count / 2)..], done);
            }
        }
    }
}
