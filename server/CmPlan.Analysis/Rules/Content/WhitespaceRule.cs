using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Rules.Content;

/// <summary>
/// <c>whitespace</c>: stray blanks (spaces, tabs) in a line of a post's text — at its end, two or
/// more in a row, or, in a quoted text, at its start. A text block's lines may start with blanks:
/// that is indentation. One diagnostic per line, from the first to the last stray blank; the fix
/// deletes the leading and trailing ones and collapses each run to one space.
/// Doc: docs/rules/whitespace.md.
/// </summary>
public sealed class WhitespaceRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.Whitespace,
        Severity.Hint,
        false,
        "Stray whitespace",
        "A line of a post's text has trailing or doubled blanks.");

    private enum Where
    {
        Start,
        Inside,
        End,
    }

    public override void CheckPost(PostContext context, PostModel post)
    {
        foreach (var line in RawText.Lines(context.Source, post))
        {
            CheckLine(context, line);
        }
    }

    private static void CheckLine(RuleScope context, RawTextLine line)
    {
        var text = context.Source[line.Span];
        if (text.Length == 0 || (!line.IsQuoted && text.All(IsBlank)))
        {
            return;
        }

        var runs = StrayRuns(text, line.IsQuoted);
        if (runs.Count == 0)
        {
            return;
        }

        var edits = runs.Select(r => Fixes.Replace(line.Span.Sub(r.Start, r.Length), r.Where == Where.Inside ? " " : string.Empty));
        var fix = Fixes.Safe(context.Say(MessageId.WhitespaceFix), true, [.. edits]);
        var span = TextSpan.FromBounds(line.Span.Start + runs[0].Start, line.Span.Start + runs[^1].Start + runs[^1].Length);
        context.Report(span, Message(context.Words, runs, line.IsQuoted), [fix]);
    }

    /// <summary>The runs of stray blanks, in order. In a text block the leading blanks are indentation.</summary>
    private static List<(int Start, int Length, Where Where)> StrayRuns(string text, bool quoted)
    {
        var runs = new List<(int, int, Where)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsBlank(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsBlank(text[i]))
            {
                i++;
            }

            var where = i == text.Length ? Where.End : start == 0 ? Where.Start : Where.Inside;
            var stray = where switch
            {
                Where.Start => quoted,
                Where.Inside => i - start >= 2,
                _ => true,
            };
            if (stray)
            {
                runs.Add((start, i - start, where));
            }
        }

        return runs;
    }

    private static string Message(Words words, List<(int Start, int Length, Where Where)> runs, bool quoted)
    {
        var parts = new List<string>();
        if (runs.Count == 1 && runs[0].Start == 0 && runs[0].Where == Where.End)
        {
            parts.Add(words.Say(MessageId.WhitespaceOnlyBlanks));
        }
        else
        {
            foreach (var (_, length, where) in runs.Where(r => r.Where == Where.Start))
            {
                parts.Add(words.Say(MessageId.WhitespaceStartsWith, ("count", words.Count(length, Noun.Blank))));
            }

            var inside = runs.Where(r => r.Where == Where.Inside).ToList();
            if (inside.Count == 1)
            {
                parts.Add(words.Say(MessageId.WhitespaceInRow, ("count", words.Number(inside[0].Length))));
            }
            else if (inside.Count > 1)
            {
                parts.Add(words.Say(MessageId.WhitespaceRuns, ("count", words.Number(inside.Count))));
            }

            foreach (var (_, length, where) in runs.Where(r => r.Where == Where.End))
            {
                parts.Add(words.Say(MessageId.WhitespaceEndsWith, ("count", words.Count(length, Noun.Blank))));
            }
        }

        var subject = words.Say(quoted ? MessageId.WhitespaceTheText : MessageId.WhitespaceThisLine);
        var remove = words.Say(runs.Count == 1 && runs[0].Length == 1 ? MessageId.WhitespaceRemoveIt : MessageId.WhitespaceRemoveThem);
        return words.Say(MessageId.WhitespaceMessage, ("subject", subject), ("parts", Join(words, parts)), ("remove", remove));
    }

    private static string Join(Words words, List<string> parts) =>
        parts.Count == 1 ? parts[0] : words.Say(MessageId.ListAnd, ("list", string.Join(", ", parts.Take(parts.Count - 1))), ("last", parts[^1]));

    private static bool IsBlank(char c) => c is ' ' or '\t';
}
