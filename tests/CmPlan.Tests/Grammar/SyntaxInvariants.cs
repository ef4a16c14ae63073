using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;

namespace CmPlan.Tests.Grammar;

/// <summary>
/// What every parse must satisfy, whatever the input: each line belongs to exactly one item, in
/// order; every span lies inside the document; tokens are the text their spans cover; the
/// document's comment list is exactly the comments in the tree.
/// </summary>
public static class SyntaxInvariants
{
    public static void Check(DocumentSyntax document)
    {
        var source = document.Source;
        var next = 0;
        var comments = new List<CommentSyntax>();
        foreach (var item in document.Items)
        {
            Assert.Equal(next, item.FirstLine);
            if (item is BlockSyntax block)
            {
                CheckLines(source, block, block.HeaderLine, block.LastLine);
                CheckToken(source, block.Keyword);
                CheckOptionalToken(source, block.Argument);
                AddComment(source, comments, block.TrailingComment, block.HeaderLine, trailing: true);
                next = block.HeaderLine + 1;
                foreach (var line in block.Body)
                {
                    Assert.IsNotType<BlockSyntax>(line);
                    Assert.Equal(next, line.FirstLine);
                    CheckLine(source, line, comments);
                    next = line.LastLine + 1;
                }

                Assert.True(next - 1 >= block.LastLine, "a block's last line is inside it");
            }
            else
            {
                Assert.IsNotType<PropertySyntax>(item);
                CheckLine(source, item, comments);
                next = item.LastLine + 1;
            }
        }

        Assert.Equal(source.Lines.Length, next);
        Assert.Equal(comments.OrderBy(c => c.Span.Start), document.Comments);
        foreach (var diagnostic in document.Diagnostics)
        {
            CheckSpan(source, diagnostic.Span);
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
        }
    }

    private static void CheckLine(SourceText source, LineSyntax line, List<CommentSyntax> comments)
    {
        CheckLines(source, line, line.FirstLine, line.LastLine);
        switch (line)
        {
            case PropertySyntax property:
                CheckToken(source, property.Key);
                CheckOptionalToken(source, property.Value);
                AddComment(source, comments, property.TrailingComment, property.FirstLine, trailing: true);
                if (property.TextBlock is { } text)
                {
                    Assert.Null(property.Value);
                    Assert.Equal("text", property.Key.Text);
                    Assert.Equal(property.FirstLine + 1, text.Lines[0].Line);
                    Assert.Equal(property.LastLine, text.Lines[^1].Line);
                    for (var i = 0; i < text.Lines.Length; i++)
                    {
                        var textLine = text.Lines[i];
                        Assert.Equal(text.Lines[0].Line + i, textLine.Line);
                        Assert.Equal(source.Lines[textLine.Line].Span, textLine.LineSpan);
                        CheckSpan(source, textLine.ContentSpan);
                        Assert.Equal(source[textLine.ContentSpan], textLine.Content);
                    }

                    Assert.NotEqual(0, text.Lines[^1].Content.Length);
                }
                else
                {
                    Assert.Equal(property.FirstLine, property.LastLine);
                }

                break;
            case CommentLineSyntax comment:
                Assert.Equal(source.Lines[line.FirstLine].Span, comment.Span);
                AddComment(source, comments, comment.Comment, comment.Line, trailing: false);
                break;
            case BlankLineSyntax blank:
                Assert.True(source[blank.Span].All(c => c is ' ' or '\t'), "a blank line holds only blanks");
                break;
        }
    }

    private static void CheckLines(SourceText source, LineSyntax line, int first, int last)
    {
        Assert.InRange(first, 0, source.Lines.Length - 1);
        Assert.InRange(last, first, source.Lines.Length - 1);
        CheckSpan(source, line.Span);
        Assert.Equal(source.Lines[first].Start, line.Span.Start);
        Assert.True(line.Span.End <= source.Lines[last].End, $"{line.GetType().Name} ends inside its last line");
    }

    private static void AddComment(SourceText source, List<CommentSyntax> comments, CommentSyntax? comment, int line, bool trailing)
    {
        if (comment is null)
        {
            return;
        }

        CheckSpan(source, comment.Span);
        Assert.Equal(line, comment.Line);
        Assert.Equal(trailing, comment.IsTrailing);
        Assert.Equal(source[comment.Span], comment.Text);
        Assert.StartsWith("#", comment.Text, StringComparison.Ordinal);
        Assert.True(source.Lines[line].Span.Start <= comment.Span.Start && comment.Span.End <= source.Lines[line].End);
        comments.Add(comment);
    }

    private static void CheckOptionalToken(SourceText source, SyntaxToken? token)
    {
        if (token is { } present)
        {
            CheckToken(source, present);
        }
    }

    private static void CheckToken(SourceText source, SyntaxToken token)
    {
        CheckSpan(source, token.Span);
        Assert.Equal(source[token.Span], token.Text);
        Assert.NotEqual(0, token.Text.Length);
    }

    private static void CheckSpan(SourceText source, TextSpan span)
    {
        Assert.True(span.Start >= 0 && span.Length >= 0 && span.End <= source.Length, $"span {span} is inside the document (length {source.Length})");
    }
}
