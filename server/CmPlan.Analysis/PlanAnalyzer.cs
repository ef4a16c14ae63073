using System.Collections.Immutable;
using CmPlan.Analysis.Binding;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Rules;
using CmPlan.Analysis.Schedule;
using CmPlan.Grammar.Parsing;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis;

/// <summary>
/// The analysis pipeline of one document: text → syntax → model → schedule → diagnostics.
/// Pure: no I/O, never throws on user input.
/// </summary>
public static class PlanAnalyzer
{
    [ThreadStatic]
    private static int analyses;

    /// <summary>How many analyses (whole or incremental, fixer passes included) ran on the calling thread: a test proves with it that a request analyses nothing.</summary>
    public static int AnalysesOnThisThread => analyses;

    public static AnalysisResult Analyze(string text, AnalysisOptions options) => Analyze(SourceText.From(text), options);

    public static AnalysisResult Analyze(SourceText source, AnalysisOptions options)
    {
        var syntax = PlanParser.Parse(source);
        var binding = Binder.Bind(syntax, options.Config, options.Language);
        return Check(syntax, binding, new ScheduleIndex(ScheduleBuilder.Build(binding.Model)), options);
    }

    /// <summary>
    /// The last steps, given the syntax, the model and its schedule (with its index): every rule,
    /// then suppressions, in position order. An incremental analysis passes the posts' findings it keeps.
    /// </summary>
    internal static AnalysisResult Check(DocumentSyntax syntax, BindingResult binding, ScheduleIndex schedule, AnalysisOptions options, ICarriedFindings? posts = null)
    {
        analyses++;
        var now = options.Clock.Now(binding.Model.Plan.Zone);
        var words = Localization.Words.For(options.Language);
        var structural = syntax.Diagnostics
            .Select(d => new Diagnostic(RuleIds.Syntax, Severity.Error, d.Span, Localization.SyntaxTexts.Of(d, words), [], StructuralFixes.Of(d.Fix, words)))
            .Concat(binding.Diagnostics)
            .Concat(ScheduleTooLarge.Of(schedule.Schedule, binding.Model, options.Language) is { } tooLarge ? [tooLarge] : []);
        var diagnostics = RuleRunner.Run(syntax, binding.Model, schedule, now, structural, posts, options.Language, options.MediaFiles)
            .OrderBy(d => d.Span.Start)
            .ThenBy(d => d.Rule, StringComparer.Ordinal)
            .ToImmutableArray();
        return new AnalysisResult(syntax, binding.Model, schedule.Schedule, now, diagnostics) { Language = options.Language };
    }
}
