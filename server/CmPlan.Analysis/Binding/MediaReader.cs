using CmPlan.Analysis.Model;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Values;
using CmPlan.Grammar.Values.Reading;

namespace CmPlan.Analysis.Binding;

/// <summary>
/// Reads a <c>media</c> value (1.2): <c>&lt;url|path&gt; [alt "&lt;text&gt;"]</c>, a path with blanks
/// written as a string. A path of no known kind is <c>invalid-value</c>; a web address may be of any kind.
/// </summary>
internal static class MediaReader
{
    public static PostMedia? Read(PropertyBag bag, PropertySyntax property)
    {
        if (property.Value is not { } value)
        {
            bag.ReportInvalid(property.Key.Span, StructureMessages.MediaForm(bag.Words, string.Empty));
            return null;
        }

        var text = value.Text;
        var end = text.StartsWith('"') ? ClosingQuote(text) + 1 : BlankAt(text, 0);
        if (end <= 0)
        {
            bag.ReportInvalid(value.Span, StructureMessages.MediaForm(bag.Words, text));
            return null;
        }

        var sourceToken = new SyntaxToken(text[..end], value.Span.Sub(0, end));
        var restStart = end;
        while (restStart < text.Length && char.IsWhiteSpace(text[restStart]))
        {
            restStart++;
        }

        SyntaxToken? altToken = null;
        if (restStart < text.Length)
        {
            var altEnd = restStart + 3;
            if (!text.AsSpan(restStart).StartsWith("alt", StringComparison.Ordinal) || altEnd >= text.Length || !char.IsWhiteSpace(text[altEnd]))
            {
                bag.ReportInvalid(value.Span, StructureMessages.MediaForm(bag.Words, text));
                return null;
            }

            var quoteStart = altEnd;
            while (char.IsWhiteSpace(text[quoteStart]))
            {
                quoteStart++;
            }

            altToken = new SyntaxToken(text[quoteStart..], value.Span.Sub(quoteStart, text.Length - quoteStart));
        }

        var source = ReadSource(bag, property, sourceToken);
        var alt = altToken is null ? null : bag.Read(property with { Value = altToken }, ValueReader.QuotedString);
        if (source is null || (altToken is not null && alt is null))
        {
            return null;
        }

        var isUrl = MediaKinds.IsUrl(source.Value);
        var kind = MediaKinds.Of(source.Value);
        if (!isUrl && kind == MediaKind.Unknown)
        {
            bag.ReportInvalid(source.Span, StructureMessages.MediaKindUnknown(bag.Words, source.Value));
            return null;
        }

        return new PostMedia(source, kind, isUrl, alt is { Value.Length: > 0 } ? alt : null);
    }

    private static Located<string>? ReadSource(PropertyBag bag, PropertySyntax property, SyntaxToken token)
    {
        if (token.Text.StartsWith('"'))
        {
            return bag.Read(property with { Value = token }, ValueReader.QuotedString) is { } quoted
                ? (MediaKinds.IsUrl(quoted.Value) ? Url(bag, property, quoted) : quoted)
                : null;
        }

        return MediaKinds.IsUrl(token.Text) ? bag.Read(property with { Value = token }, ValueReader.Url) : new Located<string>(token.Text, token.Span);
    }

    /// <summary>A quoted web address is checked as a web address, on the span of its string.</summary>
    private static Located<string>? Url(PropertyBag bag, PropertySyntax property, Located<string> quoted) =>
        bag.Read(property with { Value = new SyntaxToken(quoted.Value, quoted.Span) }, ValueReader.Url) is { } url ? url with { Span = quoted.Span } : null;

    /// <summary>The index of the quote that closes the string opening <paramref name="text"/>, or -1.</summary>
    private static int ClosingQuote(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '"')
            {
                return i;
            }
        }

        return -1;
    }

    private static int BlankAt(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return text.Length;
    }
}
