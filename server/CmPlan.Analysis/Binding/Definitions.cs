using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Grammar.Parsing;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Values.Reading;

namespace CmPlan.Analysis.Binding;

/// <summary>
/// Reads the id of each block of one kind and reports <c>duplicate-definition</c> on the second
/// of two equal ids (and on a second <c>plan</c> or <c>policy</c>). Only first definitions with a
/// valid id go into the model; the others are still checked.
/// </summary>
internal static class Definitions
{
    /// <summary>One block of the kind: a value, as there is one per post at every edit.</summary>
    public readonly record struct Definition(BlockSyntax Block, string? Id, bool IsFirst);

    public static IEnumerable<Definition> Of(IEnumerable<BlockSyntax> blocks, BlockKind kind, DiagnosticBag diagnostics) =>
        Of(blocks, kind, diagnostics, block => ReadId(block, diagnostics));

    /// <summary>
    /// As <see cref="Of(IEnumerable{BlockSyntax}, BlockKind, DiagnosticBag)"/>, with ids read (and their problems reported)
    /// by <paramref name="readId"/>, and room for <paramref name="expected"/> ids made at once.
    /// </summary>
    public static IEnumerable<Definition> Of(IEnumerable<BlockSyntax> blocks, BlockKind kind, DiagnosticBag diagnostics, Func<BlockSyntax, string?> readId, int expected = 0)
    {
        var seen = Interlocked.Exchange(ref spare, null) ?? new Dictionary<string, BlockSyntax>(StringComparer.Ordinal);
        seen.EnsureCapacity(expected);
        try
        {
            foreach (var definition in Of(blocks, kind, diagnostics, readId, seen))
            {
                yield return definition;
            }
        }
        finally
        {
            // Kept for the next binding unless very large: a table of ten thousand ids, new at every
            // keystroke, landed on the large object heap and brought on full collections.
            if (seen.Count <= MaxSpare)
            {
                seen.Clear();
                spare = seen;
            }
        }
    }

    /// <summary>The largest id table kept between bindings.</summary>
    private const int MaxSpare = 100_000;

    /// <summary>An id table to reuse; taken by one binding at a time.</summary>
    private static Dictionary<string, BlockSyntax>? spare;

    private static IEnumerable<Definition> Of(IEnumerable<BlockSyntax> blocks, BlockKind kind, DiagnosticBag diagnostics, Func<BlockSyntax, string?> readId, Dictionary<string, BlockSyntax> seen)
    {
        foreach (var block in blocks.Where(b => b.Kind == kind))
        {
            var id = readId(block);
            if (id is null)
            {
                yield return new Definition(block, null, false);
                continue;
            }

            if (seen.TryGetValue(id, out var first))
            {
                diagnostics.Add(RuleIds.DuplicateDefinition, block.NameOrKeywordSpan, StructureMessages.DuplicateDefinition(diagnostics.Words, block.Keyword.Text, id, first.HeaderLine));
                yield return new Definition(block, id, false);
                continue;
            }

            seen[id] = block;
            yield return new Definition(block, id, true);
        }
    }

    /// <summary>The first <c>plan</c> or <c>policy</c> block; later ones are reported and still checked.</summary>
    public static IEnumerable<Definition> Singleton(IEnumerable<BlockSyntax> blocks, BlockKind kind, DiagnosticBag diagnostics)
    {
        BlockSyntax? first = null;
        foreach (var block in blocks.Where(b => b.Kind == kind))
        {
            CheckSingletonHeader(block, diagnostics);
            if (first is not null)
            {
                diagnostics.Add(RuleIds.DuplicateDefinition, PropertyBag.HeaderSpan(block), StructureMessages.DuplicateSingleton(diagnostics.Words, block.Keyword.Text, first.HeaderLine));
                yield return new Definition(block, null, false);
                continue;
            }

            first = block;
            yield return new Definition(block, null, true);
        }
    }

    private static void CheckSingletonHeader(BlockSyntax block, DiagnosticBag diagnostics)
    {
        if (block.Kind == BlockKind.Policy && block.Argument is { } argument)
        {
            diagnostics.Add(RuleIds.InvalidValue, argument.Span, diagnostics.Words.Say(MessageId.PolicyTakesNoName));
        }
    }

    public static string? ReadId(BlockSyntax block, DiagnosticBag diagnostics)
    {
        var keyword = BlockKeywords.Keyword(block.Kind);
        if (block.Argument is not { } argument)
        {
            diagnostics.Add(RuleIds.InvalidValue, block.Keyword.Span, StructureMessages.MissingName(diagnostics.Words, keyword, $"{keyword} spring-sale"));
            return null;
        }

        var result = Ids.Ident(keyword, argument);
        if (!result.IsValid)
        {
            diagnostics.AddInvalid(result.Error);
            return null;
        }

        return result.Located.Value;
    }
}
