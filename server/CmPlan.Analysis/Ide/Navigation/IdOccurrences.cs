using System.Collections.Immutable;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Ide.Navigation;

/// <summary>
/// Every channel and queue id written in a document, read from the syntax (so unknown and
/// duplicate ids are found too): block headers, <c>on</c> lists and a post's <c>queue</c>.
/// </summary>
public static class IdOccurrences
{
    public static ImmutableArray<IdOccurrence> All(DocumentSyntax syntax)
    {
        var found = ImmutableArray.CreateBuilder<IdOccurrence>();
        foreach (var block in syntax.Blocks)
        {
            Add(block, found);
        }

        return found.ToImmutable();
    }

    /// <summary>
    /// The occurrences in the blocks that contain or touch <paramref name="offset"/>: every one
    /// <see cref="All"/> has there, in the same order. Where the cursor is, without reading every
    /// block (an editor asks for highlights after each keystroke, mostly with the cursor in a text).
    /// </summary>
    public static ImmutableArray<IdOccurrence> Near(DocumentSyntax syntax, int offset)
    {
        var found = ImmutableArray.CreateBuilder<IdOccurrence>();
        foreach (var block in syntax.Blocks)
        {
            if (block.Span.Start <= offset && offset <= block.Span.End)
            {
                Add(block, found);
            }
        }

        return found.ToImmutable();
    }

    private static void Add(BlockSyntax block, ImmutableArray<IdOccurrence>.Builder found)
    {
        if (block.Kind is BlockKind.Channel or BlockKind.Queue && block.Argument is { } argument)
        {
            var kind = block.Kind == BlockKind.Channel ? IdKind.Channel : IdKind.Queue;
            found.AddRange(Split(argument, kind, true).Take(1));
        }

        if (block.Kind is not (BlockKind.Post or BlockKind.Queue))
        {
            return;
        }

        foreach (var property in block.Properties)
        {
            if (property.Value is not { } value)
            {
                continue;
            }

            if (property.Key.Text == "on")
            {
                found.AddRange(Split(value, IdKind.Channel, false));
            }
            else if (property.Key.Text == "queue" && block.Kind == BlockKind.Post)
            {
                found.AddRange(Split(value, IdKind.Queue, false).Take(1));
            }
        }
    }

    private static IEnumerable<IdOccurrence> Split(SyntaxToken token, IdKind kind, bool isDeclaration)
    {
        var text = token.Text;
        var start = 0;
        while (start <= text.Length)
        {
            var comma = text.IndexOf(',', start);
            var end = comma < 0 ? text.Length : comma;
            var first = start;
            while (first < end && char.IsWhiteSpace(text[first]))
            {
                first++;
            }

            var last = end;
            while (last > first && char.IsWhiteSpace(text[last - 1]))
            {
                last--;
            }

            if (last > first)
            {
                yield return new IdOccurrence(kind, text[first..last], token.Span.Sub(first, last - first), isDeclaration);
            }

            if (comma < 0)
            {
                yield break;
            }

            start = comma + 1;
        }
    }
}
