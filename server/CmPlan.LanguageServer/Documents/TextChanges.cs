using CmPlan.Grammar.Text;
using CmPlan.LanguageServer.Protocol.Types;

namespace CmPlan.LanguageServer.Documents;

/// <summary>Applies <c>didChange</c> content changes in order, each against the text the previous one left.</summary>
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
            var span = Positions.ToSpan(source, range, encoding);
            text = string.Concat(source.Text.AsSpan(0, span.Start), change.Text, source.Text.AsSpan(span.End));
        }

        return text;
    }
}
