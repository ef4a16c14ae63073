using CmPlan.Grammar.Text;
using CmPlan.LanguageServer.Protocol.Types;

namespace CmPlan.LanguageServer.Documents;

/// <summary>
/// Applies <c>didChange</c> content changes in order, each against the text the previous one left.
/// The text is the editor's, a leading byte-order mark included (see <see cref="Positions"/>).
/// </summary>
public static class TextChanges
{
    public static string Apply(string text, IEnumerable<TextDocumentContentChangeEvent> changes, PositionEncoding encoding)
    {
        foreach (var change in changes)
        {
            if (change.Range is not { } range)
            {
                text = change.Text;
                continue;
            }

            var source = SourceText.From(text);
            var start = Positions.ToEditorOffset(source, range.Start, encoding);
            var end = Math.Max(start, Positions.ToEditorOffset(source, range.End, encoding));
            text = string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
        }

        return text;
    }
}
