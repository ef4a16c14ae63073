using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Rules.Suppression;

namespace CmPlan.Analysis.Rules.Content;

/// <summary>
/// <c>suppression-in-text</c>: a line of a text block that reads as a suppression comment (after its
/// indentation, <c>#</c>, optional blanks and <c>cmplan-ignore</c>). Inside a text <c>#</c> is text
/// (hashtags are content), so the line is published as it is and silences nothing. The range is the
/// line's content; no fix, since only the author knows whether it belongs above the <c>text</c> line
/// or was meant as text. Doc: docs/rules/suppression-in-text.md.
/// </summary>
public sealed class SuppressionInTextRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.SuppressionInText,
        Severity.Warning,
        false,
        "Suppression inside a text",
        "A text-block line reads like a cmplan-ignore comment: it is published as text and silences nothing.");

    public override void CheckPost(PostContext context, PostModel post)
    {
        foreach (var line in RawText.Lines(context.Source, post))
        {
            // A line kept indented past the text's common indentation: its own indentation is not text either.
            var text = context.Source.Slice(line.Span);
            var indent = text.Length - text.TrimStart(" \t").Length;
            if (!line.IsQuoted && SuppressionFinder.IsSuppression(text[indent..]))
            {
                context.Report(
                    line.Span.Sub(indent, line.Span.Length - indent),
                    context.Say(MessageId.SuppressionInText));
            }
        }
    }
}
