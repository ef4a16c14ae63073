using CmPlan.Analysis;
using CmPlan.Analysis.Incremental;
using CmPlan.Grammar.Text;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Grammar;

/// <summary>
/// A <see cref="SourceText"/> edited step by step (kept in chunks of lines, rebuilt only around each
/// change) reads exactly as the edited string read afresh: text, every line with its terminator,
/// line lookups, slices. Long texts, so that edits meet chunk boundaries; mixed line endings, so
/// that a CR and an LF meet across one.
/// </summary>
public class SourceTextEditTests
{
    private static readonly string[] Inserts = ["", "x", "\n", "\r", "\r\n", "é🚲", "\n\n", "ligne\r\nautre\n", new string('a', 3000)];

    [Theory]
    [InlineData(1, "\n")]
    [InlineData(2, "\r\n")]
    [InlineData(3, "\r")]
    [InlineData(4, "mixed")]
    public void Every_edit_reads_as_the_edited_string_read_afresh(int seed, string endings)
    {
        var rng = new Random(seed);
        var text = LongText(rng, endings);
        var source = SourceText.From(text);
        for (var step = 0; step < 300; step++)
        {
            var at = NearLineStart(rng, source);
            var end = Math.Min(source.Length, at + rng.Next(0, 4) switch { 0 => 0, 1 => 1, 2 => rng.Next(1, 40), _ => rng.Next(0, 20_000) });
            var insert = Inserts[rng.Next(Inserts.Length)];
            source = source.WithChange(TextSpan.FromBounds(at, end), insert);
            text = string.Concat(text.AsSpan(0, at), insert, text.AsSpan(end));
            AssertSame(SourceText.From(text), source, $"seed {seed}, step {step}");
        }
    }

    [Fact]
    public void An_edited_long_plan_analyses_as_the_same_plan_read_afresh()
    {
        var example = File.ReadAllText(Path.Combine(Repo.Examples, "printemps-2027.cmplan"));
        var text = string.Concat(Enumerable.Range(0, 40).Select(i => example.Replace("post ", $"post c{i}-", StringComparison.Ordinal)));
        var options = AnalysisOptions.Default with { Clock = Plans.DefaultNow };
        var session = new AnalysisSession(SourceText.From(text), options);
        var rng = new Random(7);
        for (var step = 0; step < 60; step++)
        {
            var at = NearLineStart(rng, session.Source);
            var end = Math.Min(session.Source.Length, at + rng.Next(0, 3));
            var incremental = session.Edit(TextSpan.FromBounds(at, end), Inserts[rng.Next(5)]);
            var fresh = PlanAnalyzer.Analyze(session.Source.Text, options);
            Assert.Equal(SyntaxTreePrinter.Print(fresh.Syntax), SyntaxTreePrinter.Print(incremental.Syntax));
            Assert.Equal(fresh.Diagnostics.Select(d => $"{d.Rule} {d.Span} {d.Message}"), incremental.Diagnostics.Select(d => $"{d.Rule} {d.Span} {d.Message}"));
        }
    }

    /// <summary>
    /// A keystroke in a long plan copies the chunk it touches, not the text: an edit allocates less
    /// than one copy of the document (allocations on this thread, deterministic; not a timing).
    /// </summary>
    [Fact]
    public void A_keystroke_in_a_long_plan_does_not_copy_the_whole_text()
    {
        static string Lines(int post) => string.Join("\n", Enumerable.Range(0, 40).Select(i => $"    Ligne {i} du post {post}, avec des accents é et un vélo 🚲 #Lyon"));
        var text = "channel insta\n\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"post p{i}\n  on insta\n  at 2027-03-{(i % 28) + 1:00} {i % 24:00}:00\n  text\n{Lines(i)}\n\n"));
        var session = new AnalysisSession(SourceText.From(text), AnalysisOptions.Default with { Clock = Plans.DefaultNow });
        var at = text.IndexOf("Ligne 7 ", StringComparison.Ordinal);
        session.Edit(new TextSpan(at, 0), "x"); // warm-up: first-use work of the types involved

        var before = GC.GetAllocatedBytesForCurrentThread();
        session.Edit(new TextSpan(at, 1), string.Empty);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < text.Length * sizeof(char), $"an edit allocated {allocated:N0} bytes; the text is {text.Length * sizeof(char):N0}");
    }

    /// <summary>About 200,000 characters in lines of 1 to 4,000: a dozen chunks, boundaries every few lines.</summary>
    private static string LongText(Random rng, string endings)
    {
        string[] mixed = ["\n", "\r\n", "\r"];
        var builder = new System.Text.StringBuilder();
        while (builder.Length < 200_000)
        {
            builder.Append('l', rng.Next(0, 4000)).Append("é🚲").Append(endings == "mixed" ? mixed[rng.Next(3)] : endings);
        }

        return builder.ToString();
    }

    /// <summary>A line start, or one character either side of it, where chunk boundaries are.</summary>
    private static int NearLineStart(Random rng, SourceText source)
    {
        var line = source.Lines[rng.Next(source.Lines.Length)];
        return Math.Clamp(line.Start + rng.Next(-1, 2), 0, source.Length);
    }

    private static void AssertSame(SourceText expected, SourceText actual, string because)
    {
        Assert.True(expected.Text == actual.Text, because);
        Assert.Equal(expected.Length, actual.Length);
        Assert.Equal(expected.LineEnding, actual.LineEnding);
        Assert.True(expected.Lines.Length == actual.Lines.Length, $"{because}: {expected.Lines.Length} lines, not {actual.Lines.Length}");
        for (var i = 0; i < expected.Lines.Length; i++)
        {
            Assert.True(expected.Lines[i] == actual.Lines[i], $"{because}, line {i}: {expected.Lines[i]} != {actual.Lines[i]}");
            Assert.Equal(i, actual.FindLine(actual.Lines[i].Start));
            Assert.Equal(expected.GetLineText(i), actual.Slice(actual.Lines[i].Span).ToString());
        }

        for (var offset = 0; offset < expected.Length; offset += 997)
        {
            Assert.Equal(expected.FindLine(offset), actual.FindLine(offset));
            Assert.Equal(expected[offset], actual[offset]);
        }
    }
}
