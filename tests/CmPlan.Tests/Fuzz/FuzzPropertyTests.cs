using System.Text;
using System.Text.RegularExpressions;
using CmPlan.Analysis;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Fixing;
using CmPlan.Analysis.Formatting;
using CmPlan.Analysis.Ide.Completion;
using CmPlan.Analysis.Ide.Hover;
using CmPlan.Analysis.Ide.Navigation;
using CmPlan.Analysis.Ide.Structure;
using CmPlan.Analysis.Schedule;
using CmPlan.Grammar.Text;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Fuzz;

/// <summary>
/// Properties of the public library API over seeded fuzz inputs (<see cref="FuzzInputs.Case"/>).
/// A failure names its seed: <c>FuzzInputs.Case(seed)</c> gives the input back, to become a regression test.
/// Case counts are fixed (no timers) so that the folder stays within a few seconds.
/// </summary>
public partial class FuzzPropertyTests
{
    /// <summary>400 cases by default; <c>CMPLAN_FUZZ_CASES</c> runs more, for a longer search outside the test command.</summary>
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("CMPLAN_FUZZ_CASES"), out var n) && n > 0 ? n : 400;
    private static readonly AnalysisOptions Options = AnalysisOptions.Default with { Clock = Plans.DefaultNow };

    public static TheoryData<int> Batches() => [0, 1, 2, 3];

    private static IEnumerable<int> Seeds(int batch) => Enumerable.Range(0, Cases).Where(seed => seed % 4 == batch);

    private static (SourceText Source, AnalysisResult Result) Analyze(int seed)
    {
        var source = SourceText.FromBytes(FuzzInputs.Case(seed));
        AnalysisResult result;
        try
        {
            result = PlanAnalyzer.Analyze(source, Options);
        }
        catch (Exception e)
        {
            Assert.Fail($"seed {seed}: Analyze threw {e}");
            throw;
        }

        return (source, result);
    }

    private static bool HasSyntaxErrors(AnalysisResult result) => result.Diagnostics.Any(d => d.Rule == RuleIds.Syntax);

    private static int SyntaxErrors(AnalysisResult result) => result.Diagnostics.Count(d => d.Rule == RuleIds.Syntax);

    [Theory]
    [MemberData(nameof(Batches))]
    public void Analysis_never_throws_and_spans_stay_inside_the_document(int batch)
    {
        foreach (var seed in Seeds(batch))
        {
            var (source, result) = Analyze(seed);
            var length = source.Text.Length;
            foreach (var d in result.Diagnostics)
            {
                Assert.True(d.Span.Start >= 0 && d.Span.End <= length && d.Span.Length >= 0, $"seed {seed}: {d.Rule} span {d.Span} outside 0..{length}");
                foreach (var edit in d.Fixes.SelectMany(f => f.Edits))
                {
                    Assert.True(edit.Span.Start >= 0 && edit.Span.End <= length && edit.Span.Length >= 0, $"seed {seed}: {d.Rule} fix edit {edit.Span} outside 0..{length}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Batches))]
    public void Formatting_is_idempotent_and_keeps_the_diagnostics(int batch)
    {
        foreach (var seed in Seeds(batch))
        {
            var (source, result) = Analyze(seed);
            if (HasSyntaxErrors(result))
            {
                continue;
            }

            var once = PlanFormatter.Format(source);
            Assert.True(once.Succeeded, $"seed {seed}: refused without syntax errors: {once.Refusal}");
            var twice = PlanFormatter.Format(SourceText.From(once.Text));
            Assert.True(twice.Succeeded, $"seed {seed}: formatted text refused: {twice.Refusal}");
            Assert.True(once.Text == twice.Text, $"seed {seed}: formatting is not idempotent");

            var formatted = SourceText.From(once.Text);
            var after = PlanAnalyzer.Analyze(formatted, Options);
            Assert.True(
                Describe(source, result).SequenceEqual(Describe(formatted, after)),
                $"seed {seed}: formatting changed the diagnostics:\n- {string.Join("\n- ", Describe(source, result))}\n+ {string.Join("\n+ ", Describe(formatted, after))}");
        }
    }

    /// <summary>Each diagnostic as rule, severity, text under its span and message; "line N" in a message names a line that formatting may move, and a span over several lines is compared without its layout (formatting sets indentation and line ends).</summary>
    private static List<string> Describe(SourceText source, AnalysisResult result) =>
        [.. result.Diagnostics
            .Select(d => $"{d.Rule} {d.Severity} [{Short(Layoutless(source[d.Span]))}] {LineNumber().Replace(d.Message, "line N")}")
            .Order(StringComparer.Ordinal)];

    /// <summary>A span over several lines (a text block) is compared line by line without its indentation and trailing blanks, which the formatter sets.</summary>
    private static string Layoutless(string text)
    {
        var lines = LineEnds().Replace(text, "\n").Split('\n');
        return lines.Length == 1 ? text : string.Join("\n", lines.Select(l => l.Trim(' ', '\t')));
    }

    private static string Short(string text) => text.Length <= 80 ? text : $"{text[..40]}…({text.Length})…{text[^20..]}";

    [GeneratedRegex("\r\n?")]
    private static partial Regex LineEnds();

    [GeneratedRegex(@"\bline \d+")]
    private static partial Regex LineNumber();

    /// <summary>
    /// Applying one fix removes its diagnostic: the fixed text has no more syntax errors, and on the
    /// line where the diagnostic was (mapped through the edits) no more diagnostics of its rule than
    /// the other diagnostics of that rule which the edits bring to that line (duplicated lines, or
    /// two unknown ids on one line, are not the fixed diagnostic).
    /// </summary>
    [Theory]
    [MemberData(nameof(Batches))]
    public void Each_quick_fix_removes_its_diagnostic_without_adding_syntax_errors(int batch)
    {
        foreach (var seed in Seeds(batch))
        {
            var (source, _) = Analyze(seed);
            // The fixes offered: those that only remove problems (FixPropertyTests checks that they do).
            var result = FixVerifier.Analyze(source, Options);
            var before = SyntaxErrors(result);
            foreach (var d in result.Diagnostics)
            {
                foreach (var fix in d.Fixes)
                {
                    var text = EditApplier.Apply(source.Text, fix.Edits);
                    var fixedSource = SourceText.From(text);
                    var after = PlanAnalyzer.Analyze(fixedSource, Options);
                    Assert.True(SyntaxErrors(after) <= before, $"seed {seed}: fix '{fix.Title}' of {d.Rule} adds syntax errors");
                    var line = fixedSource.GetLinePosition(Map(d.Span.Start, fix.Edits)).Line;
                    var others = result.Diagnostics.Count(o => !ReferenceEquals(o, d) && o.Rule == d.Rule
                        && fixedSource.GetLinePosition(Map(o.Span.Start, fix.Edits)).Line == line);
                    var remaining = after.Diagnostics.Count(a => a.Rule == d.Rule && fixedSource.GetLinePosition(a.Span.Start).Line == line);
                    Assert.True(
                        remaining <= others,
                        $"seed {seed}: fix '{fix.Title}' of {d.Rule} on line {source.GetLinePosition(d.Span.Start).Line + 1} leaves the diagnostic");
                }
            }
        }
    }

    /// <summary>Where an offset of the original text lands in the edited text (inside an edit: at its start).</summary>
    private static int Map(int offset, IEnumerable<TextEdit> edits)
    {
        var shift = 0;
        foreach (var edit in edits.OrderBy(e => e.Span.Start))
        {
            if (offset < edit.Span.Start || (offset == edit.Span.Start && edit.Span.Length > 0))
            {
                break;
            }

            if (offset < edit.Span.End)
            {
                return edit.Span.Start + shift;
            }

            shift += edit.NewText.Length - edit.Span.Length;
        }

        return offset + shift;
    }

    [Theory]
    [MemberData(nameof(Batches))]
    public void Fixing_twice_is_fixing_once(int batch)
    {
        foreach (var seed in Seeds(batch))
        {
            foreach (var unsafeToo in new[] { false, true })
            {
                var options = new FixOptions(IncludeUnsafe: unsafeToo);
                var once = PlanFixer.Fix(SourceText.FromBytes(FuzzInputs.Case(seed)), Options, options);
                var twice = PlanFixer.Fix(SourceText.From(once.Text), Options, options);
                Assert.True(once.Text == twice.Text, $"seed {seed} (unsafe: {unsafeToo}): a second fix changes the text ({string.Join(", ", twice.AppliedRules)})");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Batches))]
    public void Schedule_is_in_order_and_only_on_declared_channels(int batch)
    {
        foreach (var seed in Seeds(batch))
        {
            var (_, result) = Analyze(seed);
            var model = result.Model;
            var publications = result.Schedule.Publications;
            for (var i = 1; i < publications.Length; i++)
            {
                Assert.True(PublicationOrder.Instance.Compare(publications[i - 1], publications[i]) <= 0, $"seed {seed}: publication {i} out of order");
            }

            foreach (var p in publications)
            {
                Assert.True(model.FindChannel(p.Channel) is not null, $"seed {seed}: {p.Post} on undeclared channel {p.Channel}");
                var post = model.FindPost(p.Post);
                Assert.True(post is not null, $"seed {seed}: publication of unknown post {p.Post}");
                var on = p.Queue is { } queueId
                    ? model.FindQueue(queueId)?.On
                    : post!.On;
                Assert.True(on is { } list && list.Any(c => c.Value == p.Channel), $"seed {seed}: {p.Post} published on {p.Channel}, not one of its channels");
            }
        }
    }

    [Fact]
    public void Ide_functions_never_throw_at_any_offset()
    {
        int[] seeds = [0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 13];
        foreach (var seed in seeds)
        {
            var (source, result) = Analyze(seed);
            var length = Math.Min(source.Text.Length, 4000);
            try
            {
                _ = SemanticTokens.Of(result);
            }
            catch (Exception e)
            {
                Assert.Fail($"seed {seed}: SemanticTokens threw {e}");
            }

            for (var offset = 0; offset <= length; offset++)
            {
                try
                {
                    _ = HoverService.Hover(result, offset);
                    _ = PlanCompletion.Complete(result, offset);
                    _ = IdNavigation.References(result, offset, includeDeclaration: true);
                }
                catch (Exception e)
                {
                    Assert.Fail($"seed {seed}, offset {offset}: {e}");
                }
            }

            if (length < source.Text.Length)
            {
                _ = HoverService.Hover(result, source.Text.Length);
                _ = PlanCompletion.Complete(result, source.Text.Length);
            }
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_input()
    {
        for (var seed = 0; seed < 20; seed++)
        {
            Assert.Equal(FuzzInputs.Case(seed), FuzzInputs.Case(seed));
        }

        Assert.NotEqual(Encoding.UTF8.GetString(FuzzInputs.Case(1)), Encoding.UTF8.GetString(FuzzInputs.Case(3)));
    }
}
