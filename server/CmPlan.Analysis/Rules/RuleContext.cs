using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;
using NodaTime;

namespace CmPlan.Analysis.Rules;

/// <summary>What a rule sees of one analysis, and where it reports. Reports carry the configured severity.</summary>
public sealed class RuleContext
{
    private readonly List<Diagnostic> sink;
    private readonly Dictionary<object, object> memo = [];
    private string? nowText;

    internal RuleContext(
        DocumentSyntax syntax,
        PlanModel model,
        ScheduleIndex schedule,
        Instant now,
        RuleDescriptor rule,
        Severity severity,
        List<Diagnostic> sink,
        Words words)
    {
        Words = words;
        Syntax = syntax;
        Model = model;
        Schedule = schedule;
        Now = now;
        Rule = rule;
        Severity = severity;
        this.sink = sink;
    }

    public DocumentSyntax Syntax { get; }

    /// <summary>The language of the analysis: how messages write dates and counts, and the catalogue's templates.</summary>
    public Words Words { get; }

    public SourceText Source => Syntax.Source;

    public PlanModel Model { get; }

    public Settings Settings => Model.Settings;

    public DateTimeZone Zone => Model.Plan.Zone;

    public ScheduleIndex Schedule { get; }

    public Instant Now { get; }

    /// <summary>Where media paths are looked up; null when they are not checked (stdin, an unsaved buffer, a library caller).</summary>
    public IMediaFiles? MediaFiles { get; init; }

    /// <summary>
    /// Now as messages show it: in the plan's zone, or in UTC (marked so) for an instant so far out
    /// that the zone cannot map it. Computed once for all the rules' messages.
    /// </summary>
    public string NowText => nowText ??= DescribeNow(Now, Zone, Words);

    public RuleDescriptor Rule { get; }

    /// <summary>
    /// A value the rule computes once per analysis and reuses for every post, such as a channel's
    /// slot times on a weekday: a plan has far more posts than channels.
    /// </summary>
    public T Memo<TKey, T>(TKey key, Func<TKey, T> compute)
        where TKey : notnull
        where T : notnull
    {
        if (!memo.TryGetValue(key, out var value))
        {
            memo[key] = value = compute(key);
        }

        return (T)value;
    }

    public Severity Severity { get; }

    public void Report(
        TextSpan span,
        string message,
        ImmutableArray<CodeFix> fixes = default,
        ImmutableArray<RelatedInformation> related = default) =>
        sink.Add(new Diagnostic(Rule.Id, Severity, span, message, related.IsDefault ? [] : related, fixes.IsDefault ? [] : fixes));

    /// <summary>Takes what was reported since the last call.</summary>
    internal ImmutableArray<Diagnostic> Drain()
    {
        if (sink.Count == 0)
        {
            return [];
        }

        ImmutableArray<Diagnostic> reported = [.. sink];
        sink.Clear();
        return reported;
    }

    /// <summary>The message <paramref name="id"/> in the analysis' language, its arguments filled in.</summary>
    public string Say(MessageId id, params ReadOnlySpan<(string Name, string Value)> arguments) => Words.Say(id, arguments);

    private static string DescribeNow(Instant now, DateTimeZone zone, Words words)
    {
        var local = CmPlan.Analysis.Schedule.LocalArithmetic.LocalOf(now, zone, out var inUtc);
        return words.DayTime(local) + (inUtc ? " UTC" : string.Empty);
    }
}
