using CmPlan.Analysis.Model;
using CmPlan.Grammar.Text;
using CmPlan.Grammar.Values;

namespace CmPlan.Analysis.Rules.Content;

/// <summary>One line of a post's text as written: its source span, and whether it is the inside of a quoted string.</summary>
public readonly record struct RawTextLine(TextSpan Span, bool IsQuoted);

/// <summary>
/// A post's text as written in the file, for the rules that point inside it: the inside of its
/// quoted string (escapes as written, one line), or each line of its text block without the
/// block's common indentation.
/// </summary>
public static class RawText
{
    /// <summary>The lines of every text property of the post, the plain text then each variant (1.2): what checks every text once reads.</summary>
    public static IEnumerable<RawTextLine> Lines(SourceText source, PostModel post) =>
        post.AllTexts().SelectMany(text => Lines(source, post, text));

    /// <summary>The lines of one text property of <paramref name="post"/>, its plain text or a variant's.</summary>
    public static IEnumerable<RawTextLine> Lines(SourceText source, PostModel post, Located<TextValue> text)
    {
        if (!text.Value.IsBlock)
        {
            var span = text.Span;
            var quoted = span.Length >= 2 && source[span.Start] == '"' && source[span.End - 1] == '"';
            return quoted ? [new RawTextLine(new TextSpan(span.Start + 1, span.Length - 2), true)] : [];
        }

        var block = post.Syntax.Properties.Select(p => p.TextBlock).FirstOrDefault(b => b is not null && b.Span == text.Span);
        return block is null ? [] : block.Lines.Select(l => new RawTextLine(l.ContentSpan, false));
    }

    /// <summary>
    /// The line's text with each <c>\n</c> escape of a quoted string written as two blanks, so that
    /// offsets stay those of the source and "\n2027" does not read as a word touching the letter n.
    /// </summary>
    public static string Readable(SourceText source, RawTextLine line)
    {
        var text = source[line.Span];
        if (!line.IsQuoted || !text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i + 1 < chars.Length; i++)
        {
            if (chars[i] == '\\')
            {
                if (chars[i + 1] == 'n')
                {
                    chars[i] = chars[i + 1] = ' ';
                }

                i++;
            }
        }

        return new string(chars);
    }
}
