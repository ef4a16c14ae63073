using CmPlan.Analysis;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Fixing;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;
using CmPlan.Tests.Fuzz;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Fixing;

/// <summary>
/// Contract §5, "a fix only removes problems", over the fuzz corpus, the examples and the gallery:
/// every fix offered (what <c>check --format json</c> and the editor show), applied alone and analysed
/// afresh, lowers its own (rule, owning block) count and raises none; <c>fix</c> and <c>fix --unsafe</c>
/// end with no more diagnostics than they started with and are idempotent. The blocks are counted
/// here independently of the library's own census.
/// </summary>
public class FixPropertyTests
{
    private const int FuzzCases = 200;

    private static readonly AnalysisOptions Options = AnalysisOptions.Default with { Clock = Plans.DefaultNow };

    /// <summary>Batch -1: every example and gallery plan; 0 to 3: a quarter of the fuzz cases each.</summary>
    public static TheoryData<int> Batches() => [-1, 0, 1, 2, 3];

    private static IEnumerable<(string Name, SourceText Source)> Inputs(int batch) => batch < 0
        ? Directory.EnumerateFiles(Repo.Examples, "*.cmplan", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(path => (Path.GetRelativePath(Repo.Examples, path), SourceText.FromBytes(File.ReadAllBytes(path))))
        : Enumerable.Range(0, FuzzCases).Where(seed => seed % 4 == batch).Select(seed => ($"seed {seed}", SourceText.FromBytes(FuzzInputs.Case(seed))));

    [Theory]
    [MemberData(nameof(Batches))]
    public void Every_fix_offered_removes_its_problem_and_adds_none(int batch)
    {
        foreach (var (name, source) in Inputs(batch))
        {
            var result = FixVerifier.Analyze(source, Options);
            var before = Census(result);
            foreach (var diagnostic in result.Diagnostics)
            {
                foreach (var fix in diagnostic.Fixes)
                {
                    var after = Census(PlanAnalyzer.Analyze(EditApplier.Apply(source.Text, fix.Edits), Options));
                    var own = Pair(result.Syntax, diagnostic);
                    var what = $"{name}: '{fix.Title}' of {diagnostic.Rule} at offset {diagnostic.Span.Start}";
                    Assert.True(after.GetValueOrDefault(own) < before[own], $"{what} leaves its problem");
                    var risen = after.Where(a => a.Key.Rule != RuleIds.UnusedSuppression && a.Value > before.GetValueOrDefault(a.Key)).Select(a => a.Key);
                    Assert.True(!risen.Any(), $"{what} adds {string.Join(", ", risen)}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Batches))]
    public void Fix_ends_with_no_more_diagnostics_and_is_idempotent(int batch)
    {
        foreach (var (name, source) in Inputs(batch))
        {
            var initial = PlanAnalyzer.Analyze(source, Options).Diagnostics.Length;
            foreach (var unsafeToo in new[] { false, true })
            {
                var options = new FixOptions(IncludeUnsafe: unsafeToo);
                var once = PlanFixer.Fix(source, Options, options);
                Assert.True(once.Remaining.Length <= initial, $"{name} (unsafe: {unsafeToo}): {initial} diagnostics before, {once.Remaining.Length} after");
                // What remains is what a fresh analysis of the text finds (a text with invalid UTF-8 is told so once read from bytes only).
                if (source.InvalidUtf8ByteOffset is null)
                {
                    Assert.Equal(Shown(once.Remaining), Shown(PlanAnalyzer.Analyze(once.Text, Options).Diagnostics));
                }

                var twice = PlanFixer.Fix(SourceText.From(once.Text), Options, options);
                Assert.True(once.Text == twice.Text, $"{name} (unsafe: {unsafeToo}): a second run applies {string.Join(", ", twice.AppliedRules)}");
            }
        }
    }

    private static IEnumerable<(string, TextSpan, string)> Shown(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(d => (d.Rule, d.Span, d.Message));

    private static Dictionary<(string Rule, string Block), int> Census(AnalysisResult result) =>
        result.Diagnostics.GroupBy(d => Pair(result.Syntax, d)).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The rule and the block (kind and id) whose lines, from its header to its last non-blank line, hold the diagnostic's start; else the file.</summary>
    private static (string Rule, string Block) Pair(DocumentSyntax syntax, Diagnostic diagnostic)
    {
        var block = syntax.Blocks.LastOrDefault(b => b.Span.Start <= diagnostic.Span.Start && diagnostic.Span.Start <= b.Span.End);
        return (diagnostic.Rule, block is null ? "file" : $"{block.Kind} {(block.Argument is { } a ? syntax.Source[a.Span] : "")}");
    }
}
