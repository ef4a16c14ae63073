using System.Collections.Immutable;
using CmPlan.Analysis;
using CmPlan.Analysis.Configuration;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Cli.Inputs;
using CmPlan.Cli.Reporting;
using CmPlan.Grammar.Text;
using NodaTime;

namespace CmPlan.Tests.Cli;

/// <summary>
/// Checked files with hand-made diagnostics, so every reporter is tested on every severity, fixes,
/// related information, accents, emoji and characters that need escaping, whatever the rules find.
/// </summary>
public static class SyntheticReport
{
    public const string PlanText = """
        plan "Émojis"
          timezone Europe/Paris

        channel x

        post fête
          on x
          at 2027-03-10 12:30
          text "🎉🎉 Fête  du printemps 2026 "

        """;

    public static IReadOnlyList<CheckedFile> Files()
    {
        var source = SourceText.From(PlanText);
        var clean = SourceText.From("channel x\n");
        return
        [
            File("plans/fête,été:2027.cmplan", source, Diagnostics(source)),
            File("plans/sub/clean.cmplan", clean, []),
        ];
    }

    public static TextSpan Find(SourceText source, string needle, int occurrence = 0)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            at = source.Text.IndexOf(needle, at + 1, StringComparison.Ordinal);
        }

        Assert.True(at >= 0, $"'{needle}' not found");
        return new TextSpan(at, needle.Length);
    }

    private static ImmutableArray<Diagnostic> Diagnostics(SourceText source)
    {
        var text = Find(source, "\"🎉🎉 Fête  du printemps 2026 \"");
        var year = Find(source, "2026");
        var doubleBlank = Find(source, "Fête  du").Sub(4, 2);
        var trailing = Find(source, "2026 \"").Sub(4, 1);
        var endOfBlock = source.Lines[8].EndIncludingTerminator;
        var at = Find(source, "2027-03-10 12:30");
        return
        [
            new Diagnostic(RuleIds.AutomationRatio, Severity.Warning, Find(source, "channel x"),
                "In week 2027-W10, 3 of 4 publications (75%) are reposts, over max-automated 50%: it happens in 2 weeks,\nfirst one shown"),
            new Diagnostic(RuleIds.PastPublication, Severity.Info, at, "The first publication (2027-03-10 12:30) is before now"),
            new Diagnostic(RuleIds.TextTooLong, Severity.Error, text, "The text is 33 characters long, over the limit of 30 for channel x (x)"),
            new Diagnostic(
                RuleIds.DatedContent,
                Severity.Warning,
                year,
                "The text mentions 2026, but the post is published after 2026 and has no expires",
                [new RelatedInformation(at, "Published on 2027-03-10 12:30")],
                [new CodeFix("Add expires 2026-12-31", true, true, [new TextEdit(new TextSpan(endOfBlock, 0), "  expires 2026-12-31\n")])]),
            new Diagnostic(
                RuleIds.Whitespace,
                Severity.Hint,
                doubleBlank,
                "Two blanks in a row",
                [],
                [new CodeFix("Remove stray blanks", true, true, [new TextEdit(doubleBlank, " "), new TextEdit(trailing, "")])]),
        ];
    }

    private static CheckedFile File(string display, SourceText source, ImmutableArray<Diagnostic> diagnostics)
    {
        var options = new AnalysisOptions(PlanClock.At(Instant.FromUtc(2027, 2, 15, 0, 0)), ConfigFile.Empty);
        var result = PlanAnalyzer.Analyze(source, options) with { Diagnostics = [.. diagnostics.OrderBy(d => d.Span.Start)] };
        return new CheckedFile(new InputFile(new InputPath("/nowhere/" + display, display), source), result);
    }
}
