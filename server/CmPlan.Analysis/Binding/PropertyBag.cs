using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;
using CmPlan.Grammar.Values;
using CmPlan.Grammar.Values.Reading;

namespace CmPlan.Analysis.Binding;

/// <summary>
/// The properties of one block, checked against <see cref="BlockSchema"/>: unknown keys and
/// repeated "once" keys are reported here, and values are read with <see cref="ValueReader"/>,
/// an invalid one reported as <c>invalid-value</c> and returned as null (it still counts as present).
/// </summary>
internal sealed class PropertyBag
{
    // One list per key of the block's schema, in schema order: a block has at most a handful of keys.
    private readonly List<PropertySyntax>?[] byKey;
    private readonly DiagnosticBag diagnostics;

    public PropertyBag(BlockSyntax block, DiagnosticBag diagnostics)
    {
        this.diagnostics = diagnostics;
        Block = block;
        byKey = new List<PropertySyntax>?[BlockSchema.PropertiesOf(block.Kind).Count];
        foreach (var line in block.Body)
        {
            if (line is not PropertySyntax property)
            {
                continue;
            }

            var key = property.Key.Text;
            var index = BlockSchema.IndexOf(block.Kind, key);
            if (index < 0)
            {
                var suggestion = Suggestions.Closest(key, BlockSchema.PropertiesOf(block.Kind), 2);
                diagnostics.Add(RuleIds.UnknownProperty, property.Key.Span, StructureMessages.UnknownProperty(diagnostics.Words, block.Kind, key, suggestion), StructuralFixes.Suggest(property.Key.Span, suggestion));
                continue;
            }

            if (byKey[index] is not { } list)
            {
                byKey[index] = list = [];
            }
            else if (!BlockSchema.IsRepeatable(key))
            {
                diagnostics.Add(RuleIds.DuplicateProperty, property.Key.Span, StructureMessages.DuplicateProperty(diagnostics.Words, key, list[0].FirstLine));
                continue;
            }

            list.Add(property);
        }
    }

    public BlockSyntax Block { get; }

    /// <summary>The language of the binding's messages.</summary>
    public Words Words => diagnostics.Words;

    public bool Has(string key) => Find(key) is not null;

    public PropertySyntax? Get(string key) => Find(key)?[0];

    public IReadOnlyList<PropertySyntax> All(string key) => Find(key) ?? [];

    private List<PropertySyntax>? Find(string key) => BlockSchema.IndexOf(Block.Kind, key) is var index and >= 0 ? byKey[index] : null;

    /// <summary>Reads the (first) <paramref name="key"/> property; null when absent or invalid.</summary>
    public Located<T>? Read<T>(string key, Func<string, SyntaxToken, ValueResult<T>> reader) =>
        Get(key) is { } property ? Read(property, reader) : null;

    /// <summary>Reads every <paramref name="key"/> property, skipping invalid ones.</summary>
    public IEnumerable<Located<T>> ReadAll<T>(string key, Func<string, SyntaxToken, ValueResult<T>> reader) =>
        All(key).Select(p => Read(p, reader)).OfType<Located<T>>();

    public Located<T>? Read<T>(PropertySyntax property, Func<string, SyntaxToken, ValueResult<T>> reader)
    {
        if (property.Value is not { } value)
        {
            ReportInvalid(property.Key.Span, Words.Say(MessageId.EmptyValue, ("key", property.Key.Text)));
            return null;
        }

        var result = reader(property.Key.Text, value);
        if (!result.IsValid)
        {
            diagnostics.AddInvalid(result.Error);
            return null;
        }

        return result.Located;
    }

    public void ReportInvalid(TextSpan span, string message, Replacement? fix = null) => diagnostics.Add(RuleIds.InvalidValue, span, message, fix);

    /// <summary>
    /// Reports <c>missing-property</c> on the block's header when <paramref name="key"/> is absent —
    /// unless the block has a skipped line, which may well be that property: one mistake, one diagnostic.
    /// </summary>
    public void Require(string key, string example, MessageId? explanation = null)
    {
        if (!Has(key) && !Block.Body.Any(line => line is SkippedLineSyntax))
        {
            var block = StructureMessages.Block(Words, Block);
            var message = explanation is { } id
                ? Words.Say(id, ("block", block))
                : StructureMessages.MissingProperty(Words, block, key, example);
            diagnostics.Add(RuleIds.MissingProperty, HeaderSpan(Block), message);
        }
    }

    /// <summary>The header without its comment: where block-level diagnostics go.</summary>
    public static TextSpan HeaderSpan(BlockSyntax block) =>
        TextSpan.FromBounds(block.Keyword.Span.Start, (block.Argument ?? block.Keyword).Span.End);

}
