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

    private static string Print(SourceText source, List<BlockSyntax> blocks) =>
        SyntaxTreePrinter.Print(new DocumentSyntax(source, [.. blocks], [], []));
}
