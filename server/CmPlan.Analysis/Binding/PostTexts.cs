using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Values;
using CmPlan.Grammar.Values.Reading;

namespace CmPlan.Analysis.Binding;

/// <summary>
/// A post's <c>text</c> properties: the plain one (once) and the variants <c>text &lt;channels&gt;</c>
/// (1.2, repeatable) with a quoted string after the channels or a text block below. A value whose
/// start reads as ids and that has its text is a variant; anything else is the plain text, read as before.
/// </summary>
internal static class PostTexts
{
    public sealed record Result(bool HasPlain, Located<TextValue>? Plain, ImmutableArray<TextVariant> Variants);

    public static Result Read(PropertyBag bag, DiagnosticBag diagnostics)
    {
        PropertySyntax? plainProperty = null;
        Located<TextValue>? plain = null;
        var variants = ImmutableArray.CreateBuilder<TextVariant>();
        var named = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var property in bag.All("text"))
        {
            if (AsVariant(property) is { } variant)
            {
                variants.Add(Bind(bag, property, variant.Channels, variant.Text, named, diagnostics));
                continue;
            }

            if (plainProperty is not null)
            {
                diagnostics.Add(RuleIds.DuplicateProperty, property.Key.Span, StructureMessages.DuplicateText(diagnostics.Words, plainProperty.FirstLine));
                continue;
            }

            plainProperty = property;
            plain = ReadPlain(bag, property);
        }

        return new Result(plainProperty is not null, plain, variants.ToImmutable());
    }

    /// <summary>The channels token and, when on the line, the quoted-text token of a variant; null for a plain text.</summary>
    private static (SyntaxToken Channels, SyntaxToken? Text)? AsVariant(PropertySyntax property)
    {
        if (property.Value is not { } value)
        {
            return null;
        }

        var quote = value.Text.AsSpan().IndexOfAny("\"“”«»„");
        var head = (quote < 0 ? value.Text : value.Text[..quote]).TrimEnd();
        if (head.Length == 0 || !ValueReader.IdList("text", new SyntaxToken(head, value.Span.Sub(0, head.Length))).IsValid)
        {
            return null;
        }

        var channels = new SyntaxToken(head, value.Span.Sub(0, head.Length));
        if (quote >= 0)
        {
            return (channels, new SyntaxToken(value.Text[quote..], value.Span.Sub(quote, value.Text.Length - quote)));
        }

        // Channels with neither a string nor a text block: most likely an unquoted plain text.
        return property.TextBlock is null ? null : (channels, null);
    }

    private static TextVariant Bind(
        PropertyBag bag,
        PropertySyntax property,
        SyntaxToken channelsToken,
        SyntaxToken? textToken,
        Dictionary<string, int> named,
        DiagnosticBag diagnostics)
    {
        var channels = ImmutableArray.CreateBuilder<Located<string>>();
        foreach (var channel in Ids.IdList("text", channelsToken).Located?.Value ?? [])
        {
            if (named.TryGetValue(channel.Value, out var firstLine))
            {
                diagnostics.Add(RuleIds.DuplicateProperty, channel.Span, StructureMessages.DuplicateVariant(diagnostics.Words, channel.Value, firstLine));
                continue;
            }

            named[channel.Value] = property.FirstLine;
            channels.Add(channel);
        }

        Located<TextValue>? text = property.TextBlock is { } block
            ? new Located<TextValue>(new TextValue(block.Content, true), block.Span)
            : bag.Read(property with { Value = textToken }, ValueReader.QuotedString) is { } quoted
                ? new Located<TextValue>(new TextValue(quoted.Value, false), quoted.Span)
                : null;
        return new TextVariant(channels.ToImmutable(), text, property.Span);
    }

    /// <summary>The quoted text on the line, or the text block below a bare <c>text</c>.</summary>
    private static Located<TextValue>? ReadPlain(PropertyBag bag, PropertySyntax property)
    {
        if (property.TextBlock is { } block)
        {
            if (property.Value is { } value)
            {
                bag.ReportInvalid(value.Span, StructureMessages.TextBlockWithValue(bag.Words, value.Text));
            }

            return new Located<TextValue>(new TextValue(block.Content, true), block.Span);
        }

        if (property.Value is null)
        {
            bag.ReportInvalid(property.Key.Span, bag.Words.Say(MessageId.EmptyText));
            return null;
        }

        return bag.Read(property, ValueReader.QuotedString) is { } quoted
            ? new Located<TextValue>(new TextValue(quoted.Value, false), quoted.Span)
            : null;
    }
}
