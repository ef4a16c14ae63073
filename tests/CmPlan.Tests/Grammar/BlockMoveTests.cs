using System.Runtime.InteropServices;
using CmPlan.Grammar.Parsing;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Grammar;

/// <summary>
/// A block moved down by edits above it (<see cref="BlockSyntax.Moved"/>) reads exactly as the same
/// block parsed at its new place, body included, however many moves it went through before its body
/// was first read, and whichever thread reads it first.
/// </summary>
public class BlockMoveTests
{
    private const string Above = "# a comment above\n\n";
    private const string MoreAbove = "\n# 🚲 encore\n";

    [Fact]
    public void A_block_moved_twice_reads_as_parsed_at_its_new_place()
    {
        var text = File.ReadAllText(Path.Combine(Repo.Examples, "printemps-2027.cmplan"));
        var blocks = PlanParser.Parse(SourceText.From(text)).Blocks.ToList();
        var moved = SourceText.From(MoreAbove + Above + text);

        var expected = Print(moved, PlanParser.Parse(moved).Blocks.ToList());
        var actual = Print(moved, blocks.Select(b => b.Moved(Above.Length, 2).Moved(MoreAbove.Length, 2)).ToList());

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_moved_block_read_first_on_several_threads_gives_one_body()
    {
        var text = File.ReadAllText(Path.Combine(Repo.Examples, "printemps-2027.cmplan"));
        var source = SourceText.From(Above + text);
        var expected = Print(source, PlanParser.Parse(source).Blocks.ToList());
        for (var round = 0; round < 20; round++)
        {
            var blocks = PlanParser.Parse(SourceText.From(text)).Blocks.Select(b => b.Moved(Above.Length, 2)).ToList();
            Parallel.For(0, 4, _ => blocks.ForEach(b => _ = b.Body.Length));
            Assert.Equal(expected, Print(source, blocks));
        }
    }

    [Fact]
    public void Every_thread_that_reads_a_moved_body_first_gets_the_same_items()
    {
        var text = File.ReadAllText(Path.Combine(Repo.Examples, "printemps-2027.cmplan"));
        const int threads = 8;
        for (var round = 0; round < 50; round++)
        {
            var block = PlanParser.Parse(SourceText.From(text)).Blocks.Last(b => b.Body.Length > 1).Moved(Above.Length, 2);
            var start = new Barrier(threads);
            var seen = new LineSyntax[threads][];
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
            {
                start.SignalAndWait();
                seen[t] = ImmutableCollectionsMarshal.AsArray(block.Body)!;
            });

            // One placement wins and every reader (and every later one) sees its items: the incremental
            // analysis and the requests answered beside it must agree on which objects a block holds.
            Assert.All(seen, items => Assert.Same(seen[0], items));
            Assert.Same(seen[0], ImmutableCollectionsMarshal.AsArray(block.Body));
        }
    }

    private static string Print(SourceText source, List<BlockSyntax> blocks) =>
        SyntaxTreePrinter.Print(new DocumentSyntax(source, [.. blocks], [], []));
}
