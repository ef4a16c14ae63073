using System.Globalization;
using System.Text;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;

namespace CmPlan.Tests.Support;

/// <summary>
/// Dumps a <see cref="DocumentSyntax"/> as indented text for golden files: node kinds, spans as
/// 1-based <c>line:col-line:col</c> (columns in UTF-16 units, end exclusive), token texts quoted
/// and escaped so that blanks, line ends, control characters and lone surrogates stay visible.
/// </summary>
public static class SyntaxTreePrinter
{
    public static string Print(DocumentSyntax document)
    {
        var printer = new Printer(document.Source);
        printer.Document(document);
        return printer.ToString();
    }

    /// <summary>A string in double quotes, with <c>\</c>, <c>"</c>, control characters and lone surrogates escaped.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pairs = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pairs)
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (c is '"' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c is '\t' or '\n' or '\r')
            {
                builder.Append(c switch { '\t' => "\\t", '\n' => "\\n", _ => "\\r" });
            }
            else if (char.IsControl(c) || char.IsSurrogate(c) || c == '\uFEFF')
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }

    private sealed class Printer(SourceText source)
    {
        private readonly StringBuilder output = new();
        private int depth;

        public void Document(DocumentSyntax document)
        {
            Write($"Document lines={source.Lines.Length} ending={Quote(source.LineEnding)}{(source.HasBom ? " bom" : "")}");
            Nested(() =>
            {
                foreach (var item in document.Items)
                {
                    Line(item);
                }
            });

            Write($"Comments ({document.Comments.Length})");
            Nested(() =>
            {
                foreach (var comment in document.Comments)
                {
                    Write($"{(comment.IsTrailing ? "Trailing" : "Standalone")} {Range(comment.Span)} {Quote(comment.Text)}");
                }
            });

            Write($"Diagnostics ({document.Diagnostics.Length})");
            Nested(() =>
            {
                foreach (var diagnostic in document.Diagnostics)
                {
                    Write($"{Range(diagnostic.Span)} {diagnostic.Message}");
                }
            });
        }

        public override string ToString() => output.ToString();

        private void Line(LineSyntax line)
        {
            switch (line)
            {
                case BlockSyntax block:
                    Block(block);
                    break;
                case PropertySyntax property:
                    Property(property);
                    break;
                case CommentLineSyntax comment:
                    Write($"CommentLine {Range(comment.Span)} indent={comment.Indent} {Quote(comment.Comment.Text)}");
                    break;
                case BlankLineSyntax blank:
                    Write($"BlankLine {blank.Line + 1}");
                    break;
                case SkippedLineSyntax skipped:
                    Write($"SkippedLine {Range(skipped.Span)}");
                    break;
                case SkippedBlockSyntax skipped:
                    Write($"SkippedBlock lines {skipped.FirstLine + 1}-{skipped.LastLine + 1} {Range(skipped.Span)}");
                    break;
                default:
                    Write($"Unknown {line.GetType().Name}");
                    break;
            }
        }

        private void Block(BlockSyntax block)
        {
            Write($"Block {block.Kind} lines {block.FirstLine + 1}-{block.LastLine + 1} {Range(block.Span)}");
            Nested(() =>
            {
                Write($"Keyword {Token(block.Keyword)}");
                if (block.Argument is { } argument)
                {
                    Write($"Argument {Token(argument)}");
                }

                Trailing(block.TrailingComment);
                foreach (var line in block.Body)
                {
                    Line(line);
                }
            });
        }

        private void Property(PropertySyntax property)
        {
            Write($"Property lines {property.FirstLine + 1}-{property.LastLine + 1} {Range(property.Span)} indent={property.Indent}");
            Nested(() =>
            {
                Write($"Key {Token(property.Key)}");
                if (property.Value is { } value)
                {
                    Write($"Value {Token(value)}");
                }

                Trailing(property.TrailingComment);
                if (property.TextBlock is { } text)
                {
                    Write($"TextBlock {Range(text.Span)} commonIndent={text.CommonIndent}");
                    Nested(() =>
                    {
                        foreach (var line in text.Lines)
                        {
                            Write(line.Content.Length == 0
                                ? $"TextLine {line.Line + 1} blank"
                                : $"TextLine {line.Line + 1} {Range(line.ContentSpan)} {Quote(line.Content)}");
                        }
                    });
                    Write($"Content {Quote(text.Content)}");
                }
            });
        }

        private void Trailing(CommentSyntax? comment)
        {
            if (comment is not null)
            {
                Write($"TrailingComment {Range(comment.Span)} {Quote(comment.Text)}");
            }
        }

        private string Token(SyntaxToken token) => $"{Range(token.Span)} {Quote(token.Text)}";

        private string Range(TextSpan span) => source.GetLineRange(span).ToString();

        private void Nested(Action write)
        {
            depth++;
            write();
            depth--;
        }

        private void Write(string line) => output.Append(' ', depth * 2).Append(line).Append('\n');
    }
}
