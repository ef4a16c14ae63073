using System.Collections.Immutable;
using System.Text;
using CmPlan.Analysis.Diagnostics;

namespace CmPlan.Analysis.Fixing;

/// <summary>Applies text edits to a document. Edits must not overlap; those that do are left out and reported.</summary>
public static class EditApplier
{
    /// <summary>The text with every edit applied; <paramref name="skipped"/> lists the edits left out because they overlapped an earlier one.</summary>
    public static string Apply(string text, IEnumerable<TextEdit> edits, out ImmutableArray<TextEdit> skipped)
    {
        var ordered = edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.Length).ToList();
        var output = new StringBuilder(text.Length);
        var left = ImmutableArray.CreateBuilder<TextEdit>();
        var cursor = 0;
        foreach (var edit in ordered)
        {
            if (edit.Span.Start < cursor || edit.Span.End > text.Length)
            {
                left.Add(edit);
                continue;
            }

            output.Append(text, cursor, edit.Span.Start - cursor).Append(edit.NewText);
            cursor = edit.Span.End;
        }

        output.Append(text, cursor, text.Length - cursor);
        skipped = left.ToImmutable();
        return output.ToString();
    }

    public static string Apply(string text, IEnumerable<TextEdit> edits) => Apply(text, edits, out _);
}
