using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Incremental;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Fixing;

/// <summary>
/// Checks the quick fixes of a document against contract §5, "a fix only removes problems", by
/// analysing the edited text incrementally from the document's <see cref="AnalysisSession"/> (a
/// copy of it: the session itself is left as it was). A fix qualifies when its diagnostic's (rule,
/// owning block) is counted less often after it and no (rule, block) more often, any severity; an
/// <c>unused-suppression</c> it causes does not count. Used wherever fixes are offered.
/// </summary>
public sealed class FixVerifier
{
    private readonly AnalysisSession session;
    private readonly ProblemCount before;

    public FixVerifier(AnalysisSession session)
    {
        this.session = session;
        before = ProblemCount.Of(session.Result);
    }

    public AnalysisResult Result => session.Result;

    /// <summary>The analysis of <paramref name="source"/> with only the fixes that qualify: what a report that carries fixes shows.</summary>
    public static AnalysisResult Analyze(SourceText source, AnalysisOptions options)
    {
        var verifier = new FixVerifier(new AnalysisSession(source, options));
        return verifier.Result with { Diagnostics = verifier.Verified() };
    }

    /// <summary>Whether <paramref name="fix"/> of <paramref name="diagnostic"/> (a diagnostic of <see cref="Result"/>) only removes problems.</summary>
    public bool Qualifies(Diagnostic diagnostic, CodeFix fix) =>
        FixTrial.Try(session, before, [FixCandidate.Of(before, diagnostic, fix)]) is not null;

    /// <summary>
    /// The diagnostics of <see cref="Result"/>, each with only the fixes that qualify. Fixes are tried in
    /// passes, one fix per block, each pass analysed once; when a pass fails, the fixes whose block got
    /// worse are tried alone and the others as a pass again (a failure no block explains splits the
    /// pass in halves), so the cost follows the passes and the failing fixes, not every fix.
    /// </summary>
    public ImmutableArray<Diagnostic> Verified()
    {
        var diagnostics = Result.Diagnostics;
        var candidates = new List<(int Diagnostic, FixCandidate Candidate)>();
        for (var d = 0; d < diagnostics.Length; d++)
        {
            foreach (var fix in diagnostics[d].Fixes)
            {
                candidates.Add((d, FixCandidate.Of(before, diagnostics[d], fix)));
            }
        }

        if (candidates.Count == 0)
        {
            return diagnostics;
        }

        var qualified = new HashSet<FixCandidate>(ReferenceEqualityComparer.Instance);
        foreach (var pass in FixPasses.Split(candidates.Select(c => c.Candidate).ToList()))
        {
            Check(pass, qualified);
        }

        return [.. diagnostics.Select((diagnostic, d) => diagnostic.Fixes.IsDefaultOrEmpty
            ? diagnostic
            : diagnostic with { Fixes = [.. candidates.Where(c => c.Diagnostic == d && qualified.Contains(c.Candidate)).Select(c => c.Candidate.Fix)] })];
    }

    private void Check(List<FixCandidate> pass, HashSet<FixCandidate> qualified)
    {
        var (_, suspects, explained, certain) = FixTrial.Judge(session, before, pass);
        if (suspects.Count == 0)
        {
            qualified.UnionWith(pass);
        }
        else if (pass.Count == 1)
        {
            return;
        }
        else if (explained)
        {
            // The others as a pass again, each suspect alone.
            var innocent = pass.Where(c => !suspects.Contains(c)).ToList();
            if (innocent.Count > 0)
            {
                Check(innocent, qualified);
            }

            foreach (var suspect in suspects.Where(c => !certain.Contains(c)))
            {
                Check([suspect], qualified);
            }
        }
        else
        {
            Check(pass[..(pass.Count / 2)], qualified);
            Check(pass[(pass.Count / 2)..], qualified);
        }
    }
}
