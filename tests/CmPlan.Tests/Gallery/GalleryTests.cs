using CmPlan.Analysis;
using CmPlan.Analysis.Configuration;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Fixing;
using CmPlan.Grammar.Text;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Gallery;

/// <summary>
/// The gallery (<c>examples/gallery/</c>): small realistic plans that together trigger every rule of
/// <see cref="RuleCatalog.All"/>. Each plan's diagnostics are an interleaved baseline under
/// <c>Golden/gallery/</c>, and fixing each plan (safe fixes, then unsafe ones too) is checked against
/// a golden of the fixed text and for convergence, idempotence and no new syntax error.
/// </summary>
public class GalleryTests
{
    private static string Folder => Path.Combine(Repo.Examples, "gallery");

    /// <summary>Media paths are looked up in the gallery's folder, as <c>cmplan check</c> does (media-not-found).</summary>
    private static AnalysisOptions Options { get; } = AnalysisOptions.Default with
    {
        Clock = Plans.DefaultNow,
        MediaFiles = MediaFolder.ForPlan(Path.Combine(Folder, "media.cmplan")),
    };

    /// <summary>The gallery's plans, by name without extension.</summary>
    private static IEnumerable<string> PlanNames() =>
        Directory.EnumerateFiles(Folder, "*.cmplan")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    public static TheoryData<string> Names() => [.. PlanNames()];

    /// <summary>Each plan twice: fixing with safe fixes only, then with unsafe ones too.</summary>
    public static TheoryData<string, bool> NamesAndModes()
    {
        var data = new TheoryData<string, bool>();
        foreach (var name in PlanNames())
        {
            data.Add(name, false);
            data.Add(name, true);
        }

        return data;
    }

    private static SourceText Load(string name) =>
        SourceText.FromBytes(File.ReadAllBytes(Path.Combine(Folder, name + ".cmplan")));

    private static AnalysisResult Analyze(SourceText source) => PlanAnalyzer.Analyze(source, Options);

    // The gallery's diagnostics baselines are the examples' ones: Golden/diagnostics/gallery/.

    /// <summary>A rule added to the catalogue without a gallery case fails here.</summary>
    [Fact]
    public void The_gallery_triggers_every_rule_of_the_catalogue()
    {
        var triggered = PlanNames()
            .SelectMany(name => Analyze(Load(name)).Diagnostics.Select(d => d.Rule))
            .ToHashSet(StringComparer.Ordinal);
        // schedule-too-large takes a million publications: too heavy for a plan every test reads (BudgetTests triggers it).
        var catalogue = RuleCatalog.All.Select(r => r.Id).Where(id => id != RuleIds.ScheduleTooLarge).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(catalogue.Except(triggered).Order(StringComparer.Ordinal));
        Assert.Empty(triggered.Except(catalogue).Order(StringComparer.Ordinal));
        Assert.Equal(catalogue.Count, triggered.Count);
    }

    [Theory]
    [MemberData(nameof(NamesAndModes))]
    public void Fixing_matches_the_baseline(string name, bool unsafeToo)
    {
        var source = Load(name);
        var outcome = PlanFixer.Fix(source, Options, new FixOptions(IncludeUnsafe: unsafeToo));
        Golden.Verify($"gallery/{name}.{(unsafeToo ? "fixed-unsafe" : "fixed")}.cmplan", outcome.Text);
    }

    /// <summary>After fixing, no diagnostic left has a fix that this mode would apply: the fixer went all the way.</summary>
    [Theory]
    [MemberData(nameof(NamesAndModes))]
    public void Fixing_leaves_no_applicable_fix(string name, bool unsafeToo)
    {
        var options = new FixOptions(IncludeUnsafe: unsafeToo);
        var outcome = PlanFixer.Fix(Load(name), Options, options);
        var fixedSource = SourceText.From(outcome.Text);
        var left = FixVerifier.Analyze(fixedSource, Options).Diagnostics
            .Where(d => d.Fixes.Any(f => f.IsPreferred && (f.IsSafe || unsafeToo)))
            .Select(d => $"{d.Rule} at line {fixedSource.GetLinePosition(d.Span.Start).Line + 1}: {d.Message}");
        Assert.Empty(left);
    }

    [Theory]
    [MemberData(nameof(NamesAndModes))]
    public void Fixing_is_idempotent(string name, bool unsafeToo)
    {
        var options = new FixOptions(IncludeUnsafe: unsafeToo);
        var once = PlanFixer.Fix(Load(name), Options, options);
        var twice = PlanFixer.Fix(SourceText.From(once.Text), Options, options);
        Assert.Equal(once.Text, twice.Text);
        Assert.False(twice.Changed, $"the second run applied: {string.Join(", ", twice.AppliedRules)}");
    }

    [Theory]
    [MemberData(nameof(NamesAndModes))]
    public void Fixing_adds_no_syntax_error(string name, bool unsafeToo)
    {
        var source = Load(name);
        var before = Analyze(source).Diagnostics.Count(d => d.Rule == RuleIds.Syntax);
        var outcome = PlanFixer.Fix(source, Options, new FixOptions(IncludeUnsafe: unsafeToo));
        var after = Analyze(SourceText.From(outcome.Text)).Diagnostics.Count(d => d.Rule == RuleIds.Syntax);
        Assert.True(after <= before, $"{before} syntax error(s) before fixing, {after} after");
    }
}
