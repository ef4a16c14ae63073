using CmPlan.Analysis.Model;
using CmPlan.Grammar.Text;

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
    public static IEnumerable<RawTextLine> Lines(SourceText source, PostModel post)
    {
        if (post.Text is not { } text)
        {
            return [];
        }

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
