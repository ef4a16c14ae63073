using System.Text;
using CmPlan.Grammar.Syntax;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Formatting;

/// <summary>
/// What a plan says, without its layout: blocks, keys, raw values, comments (trailing or standalone,
/// in a block or not) and text contents, in order. Formatting must keep it exactly.
/// </summary>
public static class PlanShape
{
    public static string Of(DocumentSyntax document)
    {
        var builder = new StringBuilder();
        foreach (var item in document.Items)
        {
            Line(builder, item, "");
        }

        return builder.ToString();
    }

    private static void Line(StringBuilder builder, LineSyntax line, string indent)
    {
        switch (line)
        {
            case BlockSyntax block:
                builder.Append(indent).Append(block.Kind).Append(' ').Append(block.Keyword.Text);
                Optional(builder, " argument=", block.Argument?.Text);
                Optional(builder, " comment=", block.TrailingComment?.Text);
                builder.Append('\n');
                foreach (var child in block.Body)
                {
                    Line(builder, child, indent + "  ");
                }

                break;
            case PropertySyntax property:
                builder.Append(indent).Append("property ").Append(property.Key.Text);
                Optional(builder, " value=", property.Value?.Text);
                Optional(builder, " comment=", property.TrailingComment?.Text);
                Optional(builder, " text=", property.TextBlock?.Content);
                builder.Append('\n');
                break;
            case CommentLineSyntax comment:
                builder.Append(indent).Append("comment ").Append(SyntaxTreePrinter.Quote(comment.Comment.Text)).Append('\n');
                break;
            case BlankLineSyntax:
                break;
            default:
                builder.Append(indent).Append(line.GetType().Name).Append('\n');
                break;
        }
    }

    private static void Optional(StringBuilder builder, string label, string? text)
    {
        if (text is not null)
        {
            builder.Append(label).Append(SyntaxTreePrinter.Quote(text));
        }
    }
}
