using System.Globalization;
using System.Text;
using CmPlan.Analysis;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Incremental;
using CmPlan.Grammar.Text;
using CmPlan.Grammar.Values;
using CmPlan.Tests.Fuzz;
using CmPlan.Tests.Support;
using NodaTime;

namespace CmPlan.Tests.Analysis;

/// <summary>
/// An <see cref="AnalysisSession"/> edited step by step gives, after every edit, exactly what a
/// fresh analysis of the same text gives: the tree, the posts' spans, the schedule, and every
/// diagnostic with its related places and fixes. Edits are seeded: random typing, deletions,
/// pasted lines and line ends, over the examples and random plans.
/// </summary>
public class IncrementalAnalysisTests
{
    private const int Cases = 240;
    private const int EditsPerCase = 8;
    private static readonly AnalysisOptions Options = AnalysisOptions.Default with { Clock = Plans.DefaultNow };

    private static readonly string[] Pastes =
    [
        "\n", "\r\n", "\r", "\uFEFF", " ", "  ", "\t", "#", "# cmplan-ignore\n", "\"", "é", "🚲", "2027-03-02 09:00", ", x",
        "post new-post\n  on x\n  at 2027-03-02 09:00\n  text \"Bonjour\"\n\n",
        "channel x\n", "  repeat every 1d times 40\n", "  text\n    Line one\n    Line two\n", "queue q\n  on x\n  slots mon 09:00\n",
        "  expires 2026-01-01\n", "plan \"P\"\n  timezone Europe/Paris\n  end 2027-12-31\n", "policy\n  min-gap 1h\n",
        "  text x \"Court\"\n", "  text x, insta\n    Ligne\n", "  media a.png alt \"A\"\n", "  status draft\n",
    ];

    public static TheoryData<int> Batches() => [0, 1, 2, 3];

    [Theory]
    [MemberData(nameof(Batches))]
    public void Every_edit_gives_what_a_fresh_analysis_gives(int batch)
    {
        var postsOnly = 0;
        foreach (var seed in Enumerable.Range(0, Cases).Where(s => s % 4 == batch))
        {
            var rng = new Random(seed);
            var session = new AnalysisSession(SourceText.FromBytes(FuzzInputs.Case(seed)), Options);
            for (var step = 0; step < EditsPerCase; step++)
            {
                var (span, text) = RandomEdit(rng, session.Source.Text);
                var incremental = session.Edit(span, text);
                var fresh = PlanAnalyzer.Analyze(session.Source.Text, Options);
                Assert.True(Describe(incremental) == Describe(fresh), $"seed {seed}, edit {step}: {span} <- {SyntaxTreePrinter.Quote(text)}\n{Diff(Describe(incremental), Describe(fresh))}");
                postsOnly += session.BoundWhole ? 0 : 1;
            }
        }

        // The edits that bind only the posts they changed are among those checked, and not rare.
        Assert.InRange(postsOnly, Cases * EditsPerCase / 4 / 10, int.MaxValue);
    }

    /// <summary>
    /// As above, read only after every fourth edit, as an editor that asks for nothing between
    /// keystrokes: a post moved by several edits before anything reads it (its spans are moved when
    /// first read) lands where a fresh analysis puts it.
    /// </summary>
    [Theory]
    [MemberData(nameof(Batches))]
    public void Edits_read_only_now_and_then_give_what_a_fresh_analysis_gives(int batch)
    {
        foreach (var seed in Enumerable.Range(0, Cases / 2).Where(s => s % 4 == batch))
        {
            var rng = new Random(seed + 7919);
            var session = new AnalysisSession(SourceText.FromBytes(FuzzInputs.Case(seed)), Options);
            for (var step = 1; step <= EditsPerCase * 2; step++)
            {
                var (span, text) = RandomEdit(rng, session.Source.Text);
                var incremental = session.Edit(span, text);
                if (step % 4 == 0)
                {
                    var fresh = PlanAnalyzer.Analyze(session.Source.Text, Options);
                    Assert.True(Describe(incremental) == Describe(fresh), $"seed {seed}, edit {step}: {span} <- {SyntaxTreePrinter.Quote(text)}\n{Diff(Describe(incremental), Describe(fresh))}");
                }
            }
        }
    }

    /// <summary>
    /// As above with the clock moving between edits, as it does under an editor (the server's "now" is
    /// the system clock): by nothing, minutes, days or months, forwards and back. Findings whose check
    /// read "now" must be found again; the others carried.
    /// </summary>
    [Theory]
    [MemberData(nameof(Batches))]
    public void Every_edit_with_the_clock_moving_gives_what_a_fresh_analysis_gives(int batch)
    {
        long[] moves = [0, 0, 1, 59, 60 * 24, 60 * 24 * 31, -60 * 24 * 3, 60 * 24 * 200];
        foreach (var seed in Enumerable.Range(0, Cases / 2).Where(s => s % 4 == batch))
        {
            var rng = new Random(seed);
            var clock = new SettableClock(Instant.FromUtc(2027, 1, 15, 8, 0).Plus(Duration.FromDays(rng.Next(0, 300))));
            var session = new AnalysisSession(SourceText.FromBytes(FuzzInputs.Case(seed)), Options with { Clock = PlanClock.From(clock) });
            for (var step = 0; step < EditsPerCase; step++)
            {
                clock.Now += Duration.FromMinutes(moves[rng.Next(moves.Length)]);
                var (span, text) = RandomEdit(rng, session.Source.Text);
                var incremental = session.Edit(span, text);
                var fresh = PlanAnalyzer.Analyze(session.Source.Text, Options with { Clock = PlanClock.At(clock.Now) });
                Assert.True(Describe(incremental) == Describe(fresh), $"seed {seed}, edit {step} at {clock.Now}: {span} <- {SyntaxTreePrinter.Quote(text)}\n{Diff(Describe(incremental), Describe(fresh))}");
            }
        }
    }

    /// <summary>
    /// A session fills the states of an edit before last again at the next edit; a fork (a fix trial)
    /// shares the states it was made from, which must then stay as they were however many edits
    /// the session makes while the fork is still in use.
    /// </summary>
    [Fact]
    public void A_fork_still_edits_rightly_after_the_session_it_came_from_edited_on()
    {
        var text = File.ReadAllText(Path.Combine(Repo.Examples, "printemps-2027.cmplan"));
        var session = new AnalysisSession(SourceText.From(text), Options);
        var posts = Enumerable.Range(0, text.Length).Where(i => string.CompareOrdinal(text, i, "\n  text", 0, 7) == 0).ToArray();
        session.Edit(new TextSpan(posts[0] + 7, 0), "a");
        var fork = session.Fork();
        for (var n = 0; n < 4; n++)
        {
            var edited = session.Edit(new TextSpan(posts[^1] + 7, 0), "b");
            Assert.Equal(Describe(PlanAnalyzer.Analyze(session.Source.Text, Options)), Describe(edited));
        }

        var trial = fork.Edit(new TextSpan(posts[1] + 8, 0), "c");
        Assert.Equal(Describe(PlanAnalyzer.Analyze(fork.Source.Text, Options)), Describe(trial));
        Assert.Equal(text.Insert(posts[1] + 7, "c").Insert(posts[0] + 7, "a"), fork.Source.Text);
    }

    private const string IdsPlan = """
        plan "Ids"
          timezone Europe/Paris
        channel x
          network linkedin
        queue q
          on x, nowhere
          slots mon 09:00
        post a
          on x
          at 2027-03-01 09:00
          text "Alpha"
        post b
          queue q
          text "Bravo"
        post a
          on x, y
          at 2027-03-02 09:00
          text "Alpha bis"
        post c
          on x
          at 2027-03-03 09:00
          text x, linkedin
            Charlie
        post d
          on x
          at 2027-03-04 09:00
          text "Delta"

        """;

    /// <summary>
    /// A keystroke that changes post blocks only binds those posts again (the others keep what
    /// binding found on them, moved), unless it can change another post: an id made or unmade a
    /// duplicate, a duplicate's message naming a line that moved, a block around posts after the edit.
    /// Each step gives what a fresh analysis gives, whichever way it was bound.
    /// </summary>
    [Theory]
    [InlineData("typed into a text", "\"Bravo", "\"Bravo!", true, false)]
    [InlineData("typed into a post's channels", "on x\n  at 2027-03-03", "on x, yy\n  at 2027-03-03", true, false)]
    [InlineData("a post renamed to a new id", "post d", "post e", true, false)]
    [InlineData("a post pasted with a new id", "post d", "post f\n  on x\n  at 2027-03-05 09:00\n  text \"F\"\npost d", false, false)]
    [InlineData("a line added to a post", "\"Delta\"", "\"Delta\"\n  tags #d", false, false)]
    [InlineData("a line added to a post while an id names two", "\"Delta\"", "\"Delta\"\n  tags #d", true, true)]
    [InlineData("a post renamed to another's id", "post d", "post c", true, true)]
    [InlineData("a post pasted with another's id", "post d", "post c\n  on x\n  at 2027-03-05 09:00\n  text \"C\"\npost d", false, true)]
    [InlineData("a duplicate renamed away", "post a\n  on x, y", "post a3\n  on x, y", true, true)]
    [InlineData("typed into a duplicate", "Alpha bis", "Alpha bis!", true, true)]
    [InlineData("the channel changed", "network linkedin", "network linkedin ", true, true)]
    public void A_keystroke_binds_only_the_posts_it_changed_unless_it_can_change_others(string what, string find, string replace, bool duplicates, bool whole)
    {
        var text = duplicates ? IdsPlan : IdsPlan.Replace("post a\n  on x, y", "post a2\n  on x, y", StringComparison.Ordinal);
        var session = new AnalysisSession(SourceText.From(text), Options);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, what);
        var edited = session.Edit(new TextSpan(at, find.Length), replace);
        Assert.Equal(Describe(PlanAnalyzer.Analyze(session.Source.Text, Options)), Describe(edited));
        Assert.True(whole == session.BoundWhole, what);

        // And the next keystroke, in a post whose id is its own, from what this one kept.
        var bravo = session.Source.Text.IndexOf("\"Bravo", StringComparison.Ordinal) + 1;
        edited = session.Edit(new TextSpan(bravo, 0), "é");
        Assert.Equal(Describe(PlanAnalyzer.Analyze(session.Source.Text, Options)), Describe(edited));
        Assert.False(session.BoundWhole, what);
    }

    /// <summary>A block around posts below the edit has moved: posts are bound again with it.</summary>
    /// <summary>
    /// A post an edit moved has its spans placed when first read, and the server reads an analysis
    /// from several threads at once (requests answered off the message loop): every reader gets the
    /// same values, where a fresh analysis puts them.
    /// </summary>
    [Fact]
    public void A_moved_post_read_by_many_threads_at_once_gives_each_the_same_values()
    {
        var text = IdsPlan.Replace("post a\n  on x, y", "post a2\n  on x, y", StringComparison.Ordinal);
        for (var round = 0; round < 200; round++)
        {
            var session = new AnalysisSession(SourceText.From(text), Options);
            var edited = session.Edit(new TextSpan(text.IndexOf("\"Alpha\"", StringComparison.Ordinal) + 1, 0), "é");
            var post = edited.Model.Posts[^1];
            var threads = 8;
            var start = new Barrier(threads);
            var seen = new Located<TextValue>?[threads];
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
            {
                start.SignalAndWait();
                seen[t] = post.Text;
            });

            Assert.All(seen, s => Assert.Same(seen[0], s));
            Assert.Equal(PlanAnalyzer.Analyze(session.Source.Text, Options).Model.Posts[^1].Text!.Span, seen[0]!.Span);
        }
    }

    [Fact]
    public void A_keystroke_above_a_channel_binds_the_whole_plan()
    {
        var text = IdsPlan + "channel y\n  network x\n";
        var session = new AnalysisSession(SourceText.From(text), Options);
        var edited = session.Edit(new TextSpan(text.IndexOf("\"Delta", StringComparison.Ordinal) + 1, 0), "!");
        Assert.True(session.BoundWhole);
        Assert.Equal(Describe(PlanAnalyzer.Analyze(session.Source.Text, Options)), Describe(edited));
    }

    [Fact]
    public void A_character_typed_into_each_post_of_an_example_changes_nothing_else()
    {
        var text = File.ReadAllText(Path.Combine(Repo.Examples, "printemps-2027.cmplan"));
        var session = new AnalysisSession(SourceText.From(text), Options);
        var at = 0;
        while ((at = session.Source.Text.IndexOf("\n  text", at + 1, StringComparison.Ordinal)) >= 0)
        {
            var incremental = session.Edit(new TextSpan(at + 7, 0), "x");
            Assert.Equal(Describe(PlanAnalyzer.Analyze(session.Source.Text, Options)), Describe(incremental));
        }
    }

    /// <summary>
    /// Findings across posts (a slot conflict, a queue's, a channel's) are carried over edits that
    /// leave the schedule as it was, moved — and found again when an edit touches one of their places.
    /// </summary>
    [Fact]
    public void Findings_across_posts_follow_a_character_typed_anywhere()
    {
        const string Plan = """
        plan "Carry"
          timezone Europe/Paris

        channel insta

        queue evergreen
          on insta
          start 2027-03-01
          slots weekdays 09:00 12:00 18:00
          recycle

        post a
          queue evergreen
          text "Idée un"

        post early
          on insta
          at 2027-03-02 09:00
          text "Avant le conflit"

        post b
          queue evergreen
          text "Idée deux"

        post late
          on insta
          at 2027-03-02 09:05
          repeat every 1d times 3
          text "Après, trop près"
        """;
        var session = new AnalysisSession(SourceText.From(Plan), Options);
        Assert.Contains(session.Result.Diagnostics, d => d.Rule == RuleIds.SlotConflict);
        Assert.Contains(session.Result.Diagnostics, d => d.Rule == RuleIds.QueueTooFrequent);
        // A digit changes most values it touches; a space, few.
        TypeEverywhere(session, Plan.Length, "1");
    }

    /// <summary>
    /// <c>duplicate-content</c> keeps its text groups between edits and normalizes only the texts that
    /// changed: a text typed into the same as another's, and out of it again, a group broken and made
    /// again, a variant, and (over hundreds of edits) the index built again once enough keys were replaced.
    /// </summary>
    [Fact]
    public void Duplicate_texts_follow_a_character_typed_anywhere()
    {
        const string Plan = """
        channel x
        channel insta

        post a
          on x, insta
          at 2027-03-02 09:00
          text "Les soldes d’été 🌞"

        post b
          on x
          at 2027-03-03 09:00
          text "les  SOLDES d’été 🌞"

        post c
          on x, insta
          at 2027-03-04 09:00
          text "Les soldes d’été 🌞!"
          text insta "Nouveautés #printemps"

        post d
          on insta
          at 2027-03-05 09:00
          text "Nouveautés #printemps"
        """;
        var session = new AnalysisSession(SourceText.From(Plan), Options);
        Assert.Equal(2, session.Result.Diagnostics.Count(d => d.Rule == RuleIds.DuplicateContent));
        var bang = Plan.IndexOf("🌞!", StringComparison.Ordinal) + 2;
        foreach (var (span, text) in new[] { (new TextSpan(bang, 1), string.Empty), (new TextSpan(bang, 0), "!"), (new TextSpan(bang, 0), " "), (new TextSpan(bang, 1), string.Empty) })
        {
            var incremental = session.Edit(span, text);
            Assert.True(Describe(incremental) == Describe(PlanAnalyzer.Analyze(session.Source.Text, Options)), $"at the end of c's text: {span} <- {text}");
        }

        TypeEverywhere(session, Plan.Length, "s");
    }

    /// <summary>Findings that read "now" are carried while "now" stays the same instant, and found again once it moves.</summary>
    [Fact]
    public void Findings_that_read_now_follow_the_clock()
    {
        const string Plan = """
            plan "Horloge"
              timezone Europe/Paris

            channel insta

            post tot
              on insta
              at 2027-03-02 09:00
              text "Bonjour"

            post autre
              on insta
              at 2027-06-01 09:00
              text "Plus tard"
            """;
        var clock = new SettableClock(Instant.FromUtc(2027, 3, 2, 7, 59));
        var session = new AnalysisSession(SourceText.From(Plan), AnalysisOptions.Default with { Clock = PlanClock.From(clock) });
        var typing = Plan.IndexOf("Plus tard", StringComparison.Ordinal);
        foreach (var minutes in new[] { 0, 0, 2, 2, 0 })
        {
            clock.Now += Duration.FromMinutes(minutes);
            var incremental = session.Edit(new TextSpan(typing, 0), "!");
            var fresh = PlanAnalyzer.Analyze(session.Source.Text, AnalysisOptions.Default with { Clock = PlanClock.At(clock.Now) });
            Assert.Equal(Describe(fresh), Describe(incremental));
        }

        Assert.Contains(session.Result.Diagnostics, d => d.Rule == RuleIds.PastPublication);
    }

    /// <summary>
    /// The language server reads the system clock to the minute (plan times are minutes): a post of
    /// this very minute is not past until the next one, and every keystroke of a minute gives what a
    /// fresh analysis at that minute gives.
    /// </summary>
    [Fact]
    public void A_clock_read_to_the_minute_judges_a_post_of_this_minute_not_past_yet()
    {
        const string Plan = """
            plan "Minute"
              timezone Europe/Paris

            channel insta

            post tot
              on insta
              at 2027-03-02 09:00
              text "Bonjour"
            """;
        var clock = new SettableClock(Instant.FromUtc(2027, 3, 2, 8, 0, 30));
        var session = new AnalysisSession(SourceText.From(Plan), AnalysisOptions.Default with { Clock = PlanClock.ToTheMinute(clock) });
        var typing = Plan.IndexOf("Bonjour", StringComparison.Ordinal);
        foreach (var (seconds, minute, past) in new[] { (0, 0, false), (20, 0, false), (20, 1, true), (30, 1, true), (30, 2, true) })
        {
            clock.Now += Duration.FromSeconds(seconds);
            var incremental = session.Edit(new TextSpan(typing, 0), "!");
            var fresh = PlanAnalyzer.Analyze(session.Source.Text, AnalysisOptions.Default with { Clock = PlanClock.At(Instant.FromUtc(2027, 3, 2, 8, minute)) });
            Assert.Equal(Describe(fresh), Describe(incremental));
            Assert.Equal(past, incremental.Diagnostics.Any(d => d.Rule == RuleIds.PastPublication));
        }

        Assert.Same(PlanClock.SystemToTheMinute, CmPlan.LanguageServer.Server.ServerOptions.Default.Analysis.Clock);
    }

    private sealed class SettableClock(Instant now) : IClock
    {
        public Instant Now { get; set; } = now;

        public Instant GetCurrentInstant() => Now;
    }

    /// <summary>
    /// At every offset up to <paramref name="length"/>: <paramref name="typed"/> typed and deleted, then a
    /// space typed and deleted, each step giving what a fresh analysis gives.
    /// </summary>
    private static void TypeEverywhere(AnalysisSession session, int length, string typed)
    {
        for (var at = 0; at <= length; at++)
        {
            foreach (var (span, text) in new[] { (new TextSpan(at, 0), typed), (new TextSpan(at, typed.Length), string.Empty), (new TextSpan(at, 0), " "), (new TextSpan(at, 1), string.Empty) })
            {
                var incremental = session.Edit(span, text);
                Assert.True(Describe(incremental) == Describe(PlanAnalyzer.Analyze(session.Source.Text, Options)), $"typing at {at}");
            }
        }
    }

    private static (TextSpan Span, string Text) RandomEdit(Random rng, string text)
    {
        var at = rng.Next(text.Length + 1);
        switch (rng.Next(4))
        {
            case 0: // typing a character
                return (new TextSpan(at, 0), ((char)rng.Next(' ', '~' + 1)).ToString());
            case 1: // deleting a few characters
                return (TextSpan.FromBounds(at, Math.Min(text.Length, at + rng.Next(1, 12))), string.Empty);
            case 2: // pasting a snippet
                return (new TextSpan(at, 0), Pastes[rng.Next(Pastes.Length)]);
            default: // replacing a stretch (a selection typed over), maybe across lines
                return (TextSpan.FromBounds(at, Math.Min(text.Length, at + rng.Next(0, 80))), Pastes[rng.Next(Pastes.Length)]);
        }
    }

    /// <summary>Everything a client of the result sees, as text: records holding arrays do not compare them by value.</summary>
    private static string Describe(AnalysisResult result)
    {
        var text = new StringBuilder();
        text.AppendLine(SyntaxTreePrinter.Print(result.Syntax));
        foreach (var post in result.Model.Posts)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"post {post.Id} {post.Syntax.Span} on [{string.Join(' ', post.On.Select(o => $"{o.Value}{o.Span}"))}] at {post.At?.Span} queue {post.Queue?.Span} repeat {post.Repeat?.Span}/{post.Repeat?.Value.Every.Span}/{post.Repeat?.Value.Times?.Span}/{post.Repeat?.Value.Until?.Span} expires {post.Expires?.Span} text {post.Text?.Span} link {post.Link?.Span} tags [{string.Join(' ', post.Tags.Select(t => $"{t.Value}{t.Span}"))}] variants [{string.Join(' ', post.Variants.Select(v => $"{string.Join(',', v.Channels.Select(c => $"{c.Value}{c.Span}"))}{v.Text?.Span}{v.Span}"))}] media [{string.Join(' ', post.Media.Select(m => $"{m.Source.Value}{m.Source.Span}{m.Alt?.Span}"))}] status {post.Status?.Value}{post.Status?.Span}");
        }

        foreach (var publication in result.Schedule.Publications)
        {
            text.AppendLine(publication.ToString());
        }

        foreach (var d in result.Diagnostics)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{d.Rule} {d.Severity} {d.Span} {d.Message}");
            foreach (var related in d.Related)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  related {related.Span} {related.Message}");
            }

            foreach (var fix in d.Fixes)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  fix {fix.Title} {fix.IsPreferred} {fix.IsSafe} {string.Join(' ', fix.Edits.Select(e => $"{e.Span}={SyntaxTreePrinter.Quote(e.NewText)}"))}");
            }
        }

        return text.ToString();
    }

    private static string Diff(string actual, string expected)
    {
        var a = actual.Split('\n');
        var e = expected.Split('\n');
        var first = Enumerable.Range(0, Math.Min(a.Length, e.Length)).FirstOrDefault(i => a[i] != e[i], Math.Min(a.Length, e.Length));
        return $"first difference at line {first}:\n  incremental: {(first < a.Length ? a[first] : "<end>")}\n  fresh:       {(first < e.Length ? e[first] : "<end>")}";
    }
}
