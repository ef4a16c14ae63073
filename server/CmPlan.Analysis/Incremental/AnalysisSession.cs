using System.Collections.Immutable;
using CmPlan.Analysis.Binding;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Rules;
using CmPlan.Analysis.Schedule;
using CmPlan.Grammar.Parsing;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;
using NodaTime;

namespace CmPlan.Analysis.Incremental;

/// <summary>
/// The analysis of one document being edited: each edit gives the <see cref="AnalysisResult"/>
/// that <see cref="PlanAnalyzer.Analyze(SourceText, AnalysisOptions)"/> would give for the new text,
/// reusing what the edit cannot have changed. Only the items around the edit are parsed again,
/// the others are moved; a post block that was not parsed again keeps its binding, moved, and its
/// rule findings too while the plan's other blocks and its publications stay the same; the
/// schedule is kept when no value it is built from changed. The results it hands out are
/// immutable; the session itself is the one mutable thing, owned by whoever edits the document.
/// </summary>
public sealed class AnalysisSession
{
    private PostStates posts;

    /// <summary>
    /// The states of the edit before last, to fill again at the next edit (an array with a place per
    /// item: at ten thousand posts a new one at every keystroke lands on the large object heap);
    /// never one a fork took.
    /// </summary>
    private PostStates? spare;

    /// <summary>Guards taking <see cref="posts"/> for a fork (fix trials may fork off the editor's loop) against an edit replacing it.</summary>
    private readonly Lock gate = new();
    private ScheduleIndex schedule;
    private (ImmutableArray<Diagnostic> Findings, bool ReadNow)?[] acrossPosts = new (ImmutableArray<Diagnostic>, bool)?[RuleRegistry.All.Count];

    /// <summary>Each post block's item index in the document being analysed (a fork has its own).</summary>
    private readonly BlockIndex indexOf = new();

    /// <summary>What the last binding found around the posts; null until a whole binding ran.</summary>
    private Surroundings? surroundings;

    /// <summary>The posts' ids as the last binding counted them: this session's own, so a fork starts without (and binds whole once).</summary>
    private PostIds? ids;

    /// <summary>What each rule kept for the next analysis (<see cref="RuleContext.Keep"/>): immutable, so a fork shares it.</summary>
    private object?[] kept = new object?[RuleRegistry.All.Count];

    public AnalysisSession(SourceText source, AnalysisOptions options)
    {
        Options = options;
        (Result, schedule, posts) = Start(source);
    }

    /// <summary>
    /// A copy at the same text that edits on its own (to try a fix and drop it). What a session keeps
    /// is never changed in place once an edit is analysed (each edit makes new arrays and states), so
    /// the two share it.
    /// </summary>
    private AnalysisSession(AnalysisSession from)
    {
        Options = from.Options;
        Result = from.Result;
        lock (from.gate)
        {
            posts = from.posts;
            posts.Shared = true;
        }

        schedule = from.schedule;
        acrossPosts = from.acrossPosts;
        kept = from.kept;
    }

    public AnalysisOptions Options { get; }

    public AnalysisResult Result { get; private set; }

    public SourceText Source => Result.Syntax.Source;

    /// <summary>
    /// Whether the last analysis bound every block of the plan, rather than only the posts the edit
    /// parsed again (which it does when the edit changed post blocks only; tests and benchmarks ask).
    /// </summary>
    public bool BoundWhole { get; private set; } = true;

    /// <summary>A session at this text that edits independently of this one, at no cost.</summary>
    public AnalysisSession Fork() => new(this);

    /// <summary>Replaces <paramref name="span"/> of the current text with <paramref name="newText"/> and analyses the result.</summary>
    public AnalysisResult Edit(TextSpan span, string newText)
    {
        var previous = Result;
        var next = previous.Syntax.Source.WithChange(span, newText);
        if (next.Length != previous.Syntax.Source.Length - span.Length + newText.Length)
        {
            // The edit made the text start with a byte-order mark, which SourceText sets aside: start afresh.
            (Result, schedule, posts) = Start(next);
            return Result;
        }

        var reparse = PlanParser.Reparse(previous.Syntax, next, span, newText.Length);
        var carry = new Carry(reparse, posts.Items, previous.Model, schedule, SameSurroundings(previous.Syntax, reparse), new TextChange(span, newText.Length), previous.Now);
        var fresh = Fresh(reparse.Syntax.Items.Length);
        PostStates old;
        lock (gate)
        {
            (old, posts) = (posts, fresh);
        }

        (Result, schedule) = Analyze(reparse.Syntax, carry);
        // A fork can take only the current states, so one that took these did it before the lock above.
        spare = old.Shared ? null : old;
        return Result;
    }

    private (AnalysisResult, ScheduleIndex, PostStates) Start(SourceText source)
    {
        var syntax = PlanParser.Parse(source);
        posts = Fresh(syntax.Items.Length);
        var (result, index) = Analyze(syntax, Carry.None);
        return (result, index, posts);
    }

    /// <summary>Empty post states for <paramref name="length"/> items: the spare when it fits.</summary>
    private PostStates Fresh(int length)
    {
        if (spare is { } reused && reused.Items.Length == length)
        {
            spare = null;
            Array.Clear(reused.Items);
            return reused;
        }

        return new PostStates(new PostState?[length]);
    }

    /// <summary>
    /// Whether posts' findings can hold over the edit as far as the rest of the plan goes: no block
    /// but posts was parsed again or removed (so plan, policy, channels and queues are the same),
    /// and new lines still end alike (fixes that add a line use the file's line ending).
    /// </summary>
    private static bool SameSurroundings(DocumentSyntax previous, Reparse reparse)
    {
        static bool IsPost(LineSyntax item) => item is not BlockSyntax block || block.Kind == BlockKind.Post;
        var removed = previous.Items[reparse.Kept..reparse.MovedFrom];
        var added = reparse.Syntax.Items.Skip(reparse.Kept).Take(reparse.Reparsed);
        return removed.All(IsPost) && added.All(IsPost) && previous.Source.LineEnding == reparse.Syntax.Source.LineEnding;
    }

    private (AnalysisResult, ScheduleIndex) Analyze(DocumentSyntax syntax, Carry carry)
    {
        indexOf.Reset(syntax);
        var rebound = Rebinding.TryRebind(syntax, carry, surroundings, ids, posts.Items, Options.Language);
        BoundWhole = rebound is null;
        var binding = rebound ?? Binder.Bind(syntax, Options.Config, new BindsAll(this, carry), Options.Language);
        var previous = carry.Schedule;
        var index = previous is not null && carry.Model is { } model && ScheduleInputs.Same(model, binding.Model)
            ? previous
            : new ScheduleIndex(ScheduleBuilder.Build(binding.Model));
        var carried = carry.SameSurroundings && ReferenceEquals(previous, index) && carry.Change is { } change
            ? acrossPosts.Select((f, rule) => RuleRegistry.All[rule].FollowsSchedule && f is var (found, readNow) && found.Through(change) is { } moved ? (moved, readNow) : ((ImmutableArray<Diagnostic>, bool)?)null).ToArray()
            : null;
        acrossPosts = new (ImmutableArray<Diagnostic>, bool)?[RuleRegistry.All.Count];
        var keptBefore = kept;
        kept = new object?[RuleRegistry.All.Count];
        var findings = new Findings(posts.Items, indexOf, previous is null ? null : (previous, index), carried, acrossPosts, carry.Now, keptBefore, kept);
        return (PlanAnalyzer.Check(syntax, binding, index, Options, findings), index);
    }

    /// <summary>
    /// A whole binding: each post block's binding carried over where it can be, and what binding the
    /// plan found on each post, its ids and the blocks around posts remembered for the next edit.
    /// </summary>
    private sealed class BindsAll : IPostBinder
    {
        private readonly AnalysisSession session;
        private readonly Carry carry;
        private readonly PostIds ids = new();

        public BindsAll(AnalysisSession session, Carry carry)
        {
            (this.session, this.carry) = (session, carry);
            session.ids = ids;
        }

        public PostBinding Bind(BlockSyntax block)
        {
            var index = session.indexOf[block];
            var carried = carry.Binding(index);
            var state = carried ?? new PostState(PostBinding.Of(block, session.Options.Language), null);
            session.posts.Items[index] = state;
            return state.Binding;
        }

        public void Resolved(BlockSyntax block, PostResolution resolution)
        {
            session.posts.Items[session.indexOf[block]]!.Resolution = resolution;
            if (resolution.Id is { } id)
            {
                ids.Add(id);
            }
        }

        public void PlainText(PostModel post, ImmutableArray<Diagnostic> found) =>
            session.posts.Items[session.indexOf[post.Syntax]]!.PlainText = found;

        public void Surroundings(ImmutableArray<Diagnostic> before, ImmutableArray<Diagnostic> queueReferences) =>
            session.surroundings = new Surroundings(before, queueReferences, session.indexOf.LastOther);
    }

    /// <summary>
    /// Findings for the rule runner: a post's, carried when its block and surroundings held and its
    /// publications are the same; a rule's across posts, carried when the rule follows the schedule,
    /// the schedule and surroundings held, and the edit touched none of its places. Remembered for
    /// the next edit either way.
    /// </summary>
    private sealed class Findings(
        PostState?[] posts,
        BlockIndex indexOf,
        (ScheduleIndex Before, ScheduleIndex Now)? schedules,
        (ImmutableArray<Diagnostic>, bool)?[]? carriedAcrossPosts,
        (ImmutableArray<Diagnostic>, bool)?[] acrossPosts,
        Instant? now,
        object?[] keptBefore,
        object?[] kept) : ICarriedFindings
    {
        private int cursor;
        private bool ordered = true;

        public Instant? Now => now;

        public PostFindings? Carried(PostModel post)
        {
            if (StateOf(post).Findings is not { } findings || schedules is not var (before, now))
            {
                return null;
            }

            return ReferenceEquals(before, now) || before.OfPost(post.Id).SequenceEqual(now.OfPost(post.Id)) ? findings : null;
        }

        public void Remember(PostModel post, PostFindings findings) => StateOf(post).Findings = findings;

        /// <summary>
        /// The state of a post of the model. The rule runner asks for them in model order, which is file
        /// order: found by stepping forward from the last one, with no lookup; by the table if ever not.
        /// </summary>
        private PostState StateOf(PostModel post)
        {
            for (var k = ordered ? cursor : posts.Length; k < posts.Length; k++)
            {
                if (ReferenceEquals(posts[k]?.Resolution?.Model, post))
                {
                    cursor = k;
                    return posts[k]!;
                }
            }

            ordered = false;
            return posts[indexOf[post.Syntax]]!;
        }

        public (ImmutableArray<Diagnostic> Findings, bool ReadNow)? CarriedAcrossPosts(int rule) => carriedAcrossPosts?[rule];

        public void RememberAcrossPosts(int rule, ImmutableArray<Diagnostic> findings, bool readNow) => acrossPosts[rule] = (findings, readNow);

        public object? KeptBy(int rule) => keptBefore[rule];

        public void Keep(int rule, object? state) => kept[rule] = state;
    }
}
