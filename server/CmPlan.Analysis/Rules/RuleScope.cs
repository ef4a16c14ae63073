using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;
using NodaTime;

namespace CmPlan.Analysis.Rules;

/// <summary>
/// What every check of a rule sees, whatever its reach: the language, the settings, the plan's zone,
/// "now" (whose reading is recorded, so that an incremental analysis knows which findings move with
/// the clock), and where it reports with the configured severity. <see cref="RuleContext"/> adds the
/// whole model and schedule; <see cref="PostContext"/> only one post's.
/// </summary>
public abstract class RuleScope
{
    private readonly List<Diagnostic> sink;
    private readonly Dictionary<object, object> memo;
    private readonly Instant now;
    private string? nowText;
    private bool nowRead;

    private protected RuleScope(DocumentSyntax syntax, PlanInfo plan, Settings settings, Instant now, RuleDescriptor rule, Severity severity, Words words)
    {
        Syntax = syntax;
        Plan = plan;
        Settings = settings;
        this.now = now;
        Rule = rule;
        Severity = severity;
        Words = words;
        sink = [];
        memo = [];
    }

    /// <summary>A scope of the same rule in the same analysis: it reports to the same place and shares its memo.</summary>
    private protected RuleScope(RuleScope other)
        : this(other.Syntax, other.Plan, other.Settings, other.now, other.Rule, other.Severity, other.Words)
    {
        sink = other.sink;
        memo = other.memo;
        MediaFiles = other.MediaFiles;
    }

    /// <summary>The document, for the text fixes edit (its source) and the lines a check reads around its own.</summary>
    public DocumentSyntax Syntax { get; }

    public SourceText Source => Syntax.Source;

    /// <summary>The language of the analysis: how messages write dates and counts, and the catalogue's templates.</summary>
    public Words Words { get; }

    /// <summary>The plan block's settings: its zone, start and end.</summary>
    public PlanInfo Plan { get; }

    public Settings Settings { get; }

    public DateTimeZone Zone => Plan.Zone;

    /// <summary>The analysis' "now". Reading it is recorded: what a check found after reading it holds only at the same instant.</summary>
    public Instant Now
    {
        get
        {
            nowRead = true;
            return now;
        }
    }

    /// <summary>Where media paths are looked up; null when they are not checked (stdin, an unsaved buffer, a library caller).</summary>
    public IMediaFiles? MediaFiles { get; init; }

    /// <summary>
    /// Now as messages show it: in the plan's zone, or in UTC (marked so) for an instant so far out
    /// that the zone cannot map it. Computed once for all the rules' messages; reading it reads now.
    /// </summary>
    public string NowText
    {
        get
        {
            nowRead = true;
            return nowText ??= DescribeNow(now, Zone, Words);
        }
    }

    public RuleDescriptor Rule { get; }

    public Severity Severity { get; }

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

    public virtual void Report(
        TextSpan span,
        string message,
        ImmutableArray<CodeFix> fixes = default,
        ImmutableArray<RelatedInformation> related = default) =>
        sink.Add(new Diagnostic(Rule.Id, Severity, span, message, related.IsDefault ? [] : related, fixes.IsDefault ? [] : fixes));

    /// <summary>The message <paramref name="id"/> in the analysis' language, its arguments filled in.</summary>
    public string Say(MessageId id, params ReadOnlySpan<(string Name, string Value)> arguments) => Words.Say(id, arguments);

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

    /// <summary>Whether "now" was read since the last call.</summary>
    internal bool TakeNowRead()
    {
        var read = nowRead;
        nowRead = false;
        return read;
    }

    private static string DescribeNow(Instant now, DateTimeZone zone, Words words)
    {
        var local = CmPlan.Analysis.Schedule.LocalArithmetic.LocalOf(now, zone, out var inUtc);
        return words.DayTime(local) + (inUtc ? " UTC" : string.Empty);
    }
}
