using System.Collections.Immutable;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;

namespace CmPlan.Grammar.Parsing;

/// <summary>
/// The layout pass: walks the lines once, groups them into blocks by indentation, finds
/// comments and text blocks, and hands each header and property line to <see cref="LineGrammar"/>.
/// A line that cannot be read becomes a skipped line and one diagnostic; a broken header skips its block.
/// </summary>
internal sealed class DocumentParser(SourceText source)
{
    private readonly SourceText source = source;
    private readonly ImmutableArray<LineSyntax>.Builder items = ImmutableArray.CreateBuilder<LineSyntax>();
    private readonly List<CommentSyntax> comments = [];
    private readonly List<SyntaxDiagnostic> diagnostics = [];

    private int LineCount => source.Lines.Length;

    public DocumentSyntax Run()
    {
        if (source.LooksLikeUtf16 && LineCount > 0)
        {
            // Read as UTF-8, every line is noise: one diagnostic, and the whole file kept as one skipped item.
            diagnostics.Add(SyntaxMessages.Diagnostic(Span(0), new(SyntaxProblemKind.Utf16)));
            items.Add(new SkippedBlockSyntax(TextSpan.FromBounds(0, Span(LineCount - 1).End), 0, LineCount - 1));
            return new DocumentSyntax(source, Items, Comments, Diagnostics);
        }

        if (source.InvalidUtf8CharOffset is { } bad)
        {
            diagnostics.Add(SyntaxMessages.Diagnostic(new TextSpan(bad, 1), new(SyntaxProblemKind.InvalidUtf8, First: source.InvalidUtf8ByteOffset ?? 0)));
        }

        ParseFrom(0, _ => false);
        return new DocumentSyntax(source, Items, Comments, Diagnostics);
    }

    /// <summary>The top-level items parsed so far, in order.</summary>
    public ImmutableArray<LineSyntax> Items => items.ToImmutable();

    /// <summary>Their comments, in order: every item adds its comments line by line.</summary>
    public ImmutableArray<CommentSyntax> Comments => [.. comments];

    /// <summary>Their diagnostics, in the order they were found (item by item, each within its item's lines).</summary>
    public ImmutableArray<SyntaxDiagnostic> Diagnostics => [.. diagnostics];

    /// <summary>
    /// Parses top-level items from <paramref name="line"/> on, until the end or an item boundary where
    /// <paramref name="resume"/> says the rest is known; returns the line it stopped at.
    /// </summary>
    public int ParseFrom(int line, Func<int, bool> resume)
    {
        while (line < LineCount && !resume(line))
        {
            var next = IsHeaderLine(line) ? ParseBlock(line) : ParseTopLevelLine(line);
            System.Diagnostics.Debug.Assert(next > line, "the parser must make progress");
            line = next;
        }

        return line;
    }

    private ReadOnlySpan<char> Text(int line) => source.Slice(source.Lines[line].Span);

    private TextSpan Span(int line) => source.Lines[line].Span;

    private bool IsHeaderLine(int line)
    {
        var text = Text(line);
        return text.Length > 0 && !LineScanner.IsBlank(text[0]) && text[0] != '#';
    }

    private bool IsColumnZeroCommentOrBlank(int line)
    {
        var text = Text(line);
        return LineScanner.IsBlankLine(text) || text[0] == '#';
    }

    private int ParseTopLevelLine(int line)
    {
        var trivia = TryTrivia(line);
        if (trivia is not null)
        {
            items.Add(trivia);
        }
        else
        {
            diagnostics.Add(SyntaxMessages.Diagnostic(CodeSpan(line), new(SyntaxProblemKind.PropertyOutsideBlock)));
            items.Add(new SkippedLineSyntax(Span(line), line));
        }

        return line + 1;
    }

    /// <summary>A blank line or a comment-only line, else null.</summary>
    private LineSyntax? TryTrivia(int line)
    {
        var text = Text(line);
        if (LineScanner.IsBlankLine(text))
        {
            return new BlankLineSyntax(Span(line), line);
        }

        var indent = LineScanner.Indentation(text, out _);
        if (text[indent] != '#')
        {
            return null;
        }

        var comment = Comment(line, indent, isTrailing: false);
        return new CommentLineSyntax(Span(line), line, indent, comment);
    }

    private CommentSyntax Comment(int line, int start, bool isTrailing)
    {
        var text = Text(line);
        var length = LineScanner.TrimEndLength(text) - start;
        var comment = new CommentSyntax(text.Slice(start, length).ToString(), Span(line).Sub(start, length), line, isTrailing);
        comments.Add(comment);
        return comment;
    }

    private int ParseBlock(int header)
    {
        var end = header + 1;
        while (end < LineCount && !IsHeaderLine(end))
        {
            end++;
        }

        // Blank lines and column-0 comments after the block's last indented line lead into the next block.
        while (end - 1 > header && IsColumnZeroCommentOrBlank(end - 1))
        {
            end--;
        }

        var head = ReadHead(header, 0, out var commentStart);
        var kind = head is null ? null : BlockKeywords.Find(head.Word);
        if (head is null || kind is null)
        {
            var span = head is null ? CodeSpan(header) : Span(header).Sub(head.WordStart, head.Word.Length);
            var suggestion = head is null ? null : Suggestions.Closest(head.Word, BlockKeywords.Words, 2);
            var problem = head is null ? new SyntaxProblem(SyntaxProblemKind.UnreadableHeader) : new SyntaxProblem(SyntaxProblemKind.UnknownBlock, head.Word, suggestion);
            diagnostics.Add(SyntaxMessages.Diagnostic(span, problem, suggestion is null ? null : Replacement.Write(span, suggestion)));
            items.Add(new SkippedBlockSyntax(TextSpan.FromBounds(Span(header).Start, Span(end - 1).End), header, end - 1));
            return end;
        }

        var keyword = new SyntaxToken(head.Word, Span(header).Sub(head.WordStart, head.Word.Length));
        SyntaxToken? argument = head.Rest is null ? null : new SyntaxToken(head.Rest, Span(header).Sub(head.RestStart, head.Rest.Length));
        var trailing = commentStart < 0 ? null : Comment(header, commentStart, isTrailing: true);
        var body = new BlockBodyParser(this, header + 1, end).Parse();
        items.Add(new BlockSyntax(kind.Value, keyword, argument, trailing, Span(header), header, body));
        return end;
    }

    /// <summary>
    /// Reads the line's head from <paramref name="indent"/> to the end of its code (without its
    /// trailing comment and trailing blanks), in place. Positions are relative to <paramref name="indent"/>.
    /// </summary>
    private LineHead? ReadHead(int line, int indent, out int commentStart)
    {
        var text = Text(line);
        commentStart = LineScanner.CommentStart(text);
        var codeLength = LineScanner.TrimEndLength(commentStart < 0 ? text : text[..commentStart]);
        var (chunk, chunkOffset) = source.TextAround(line);
        var start = source.Lines[line].Start - chunkOffset;
        return LineGrammar.TryRead(chunk, start + indent, start + Math.Max(indent, codeLength));
    }

    /// <summary>The line's code: from its indentation to its end, without its trailing comment and blanks.</summary>
    private TextSpan CodeSpan(int line)
    {
        var text = Text(line);
        var start = LineScanner.Indentation(text, out _);
        var commentStart = LineScanner.CommentStart(text);
        var end = Math.Max(start, LineScanner.TrimEndLength(commentStart < 0 ? text : text[..commentStart]));
        return Span(line).Sub(start, end - start);
    }

    /// <summary>Parses the lines of one block's body, between its header and the next block.</summary>
    private sealed class BlockBodyParser(DocumentParser parser, int first, int end)
    {
        private readonly ImmutableArray<LineSyntax>.Builder body = ImmutableArray.CreateBuilder<LineSyntax>();
        private int blockIndent = -1;

        public ImmutableArray<LineSyntax> Parse()
        {
            var line = first;
            while (line < end)
            {
                line = ParseLine(line);
            }

            return body.ToImmutable();
        }

        private int ParseLine(int line)
        {
            if (parser.TryTrivia(line) is { } trivia)
            {
                body.Add(trivia);
                return line + 1;
            }

            var text = parser.Text(line);
            var indent = LineScanner.Indentation(text, out var hasTab);
            if (hasTab)
            {
                // The block's own indentation when the tab reaches no deeper: the line is one of its properties.
                var width = TabRepair.Width(text[..indent]);
                var properties = blockIndent >= 0 ? blockIndent : FirstSpaceIndent(line + 1);
                var spaces = properties >= 0 && width <= properties ? properties : width;
                var tabSpan = parser.Span(line).Sub(0, indent);
                return Skip(line, indent, tabSpan, new(SyntaxProblemKind.TabIndentation, First: spaces), TabRepair.Fix(tabSpan, spaces));
            }

            if (blockIndent < 0)
            {
                blockIndent = indent;
            }

            if (indent != blockIndent)
            {
                return Skip(line, indent, parser.CodeSpan(line), new(SyntaxProblemKind.WrongIndentation, First: blockIndent, Second: indent));
            }

            var head = parser.ReadHead(line, indent, out var commentStart);
            if (head is null)
            {
                return Skip(line, indent, parser.CodeSpan(line), new(SyntaxProblemKind.UnreadableProperty));
            }

            var lineSpan = parser.Span(line);
            var key = new SyntaxToken(head.Word, lineSpan.Sub(indent + head.WordStart, head.Word.Length));
            SyntaxToken? value = head.Rest is null ? null : new SyntaxToken(head.Rest, lineSpan.Sub(indent + head.RestStart, head.Rest.Length));
            var trailing = commentStart < 0 ? null : parser.Comment(line, commentStart, isTrailing: true);
            var next = line + 1;
            TextBlockSyntax? textBlock = null;
            if (head.Word == "text" && (value is not { } v || !HasQuote(v.Text)))
            {
                next = ReadTextBlock(line + 1, indent, out textBlock);
            }

            var lastLine = textBlock is null ? line : textBlock.Lines[^1].Line;
            var span = TextSpan.FromBounds(lineSpan.Start, parser.Span(lastLine).End);
            body.Add(new PropertySyntax(span, line, lastLine, indent, key, value, trailing, textBlock));
            return next;
        }

        /// <summary>
        /// Whether a <c>text</c> value carries its text on the line (a quoted string, straight or curly):
        /// else it is a variant's channels (<c>text instagram</c>) and its text block follows.
        /// </summary>
        private static bool HasQuote(string value) => value.AsSpan().IndexOfAny("\"“”«»„") >= 0;

        /// <summary>The indentation of the block's first code line from <paramref name="line"/> on that is indented with spaces only; -1 when none is.</summary>
        private int FirstSpaceIndent(int line)
        {
            for (; line < end; line++)
            {
                var text = parser.Text(line);
                var indent = LineScanner.Indentation(text, out var hasTab);
                if (!LineScanner.IsBlankLine(text) && !hasTab && text[indent] != '#')
                {
                    return indent;
                }
            }

            return -1;
        }

        /// <summary>Reads the lines indented deeper than the text key; returns the first line after the text.</summary>
        private int ReadTextBlock(int line, int keyIndent, out TextBlockSyntax? block)
        {
            var lastContent = -1;
            var commonIndent = int.MaxValue;
            var cursor = line;
            for (; cursor < end; cursor++)
            {
                var text = parser.Text(cursor);
                if (LineScanner.IsBlankLine(text))
                {
                    continue;
                }

                var indent = LineScanner.Indentation(text, out var hasTab);
                if (indent <= keyIndent)
                {
                    break;
                }

                if (hasTab)
                {
                    // Still deeper than the text key once repaired, so the line stays in its text.
                    var spaces = Math.Max(TabRepair.Width(text[..indent]), keyIndent + 2);
                    var tabSpan = parser.Span(cursor).Sub(0, indent);
                    parser.diagnostics.Add(SyntaxMessages.Diagnostic(tabSpan, new(SyntaxProblemKind.TabIndentation, First: spaces), TabRepair.Fix(tabSpan, spaces)));
                }

                commonIndent = Math.Min(commonIndent, indent);
                lastContent = cursor;
            }

            if (lastContent < 0)
            {
                block = null;
                return line;
            }

            var lines = ImmutableArray.CreateBuilder<TextBlockLine>();
            for (var l = line; l <= lastContent; l++)
            {
                var span = parser.Span(l);
                var blank = LineScanner.IsBlankLine(parser.Text(l));
                var content = blank ? new TextSpan(span.End, 0) : TextSpan.FromBounds(span.Start + commonIndent, span.End);
                lines.Add(new TextBlockLine(l, span, content, parser.source[content]));
            }

            block = new TextBlockSyntax(lines.ToImmutable(), commonIndent);
            return lastContent + 1;
        }

        /// <summary>
        /// Skips a line that cannot be a property, with the lines indented deeper than both it and the
        /// block's properties that follow it: they belong to it (a misindented text block, continuation
        /// lines), so one mistake yields one diagnostic.
        /// </summary>
        private int Skip(int line, int indent, TextSpan span, SyntaxProblem problem, Replacement? fix = null)
        {
            parser.diagnostics.Add(SyntaxMessages.Diagnostic(span, problem, fix));
            body.Add(new SkippedLineSyntax(parser.Span(line), line));
            if (blockIndent < 0)
            {
                return line + 1; // a tab-indented first line: no known indentation to be deeper than
            }

            var reference = Math.Max(indent, blockIndent);
            var last = line;
            for (var cursor = line + 1; cursor < end; cursor++)
            {
                var text = parser.Text(cursor);
                if (LineScanner.IsBlankLine(text))
                {
                    continue;
                }

                if (LineScanner.Indentation(text, out _) <= reference)
                {
                    break;
                }

                last = cursor;
            }

            for (var l = line + 1; l <= last; l++)
            {
                body.Add(LineScanner.IsBlankLine(parser.Text(l))
                    ? new BlankLineSyntax(parser.Span(l), l)
                    : new SkippedLineSyntax(parser.Span(l), l));
            }

            return last + 1;
        }
    }
}
