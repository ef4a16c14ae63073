using System.Collections.Immutable;
using CmPlan.Analysis.Formatting;
using CmPlan.LanguageServer.Protocol.Types;

namespace CmPlan.LanguageServer.Documents;

/// <summary><c>textDocument/formatting</c>: the canonical layout as one whole-document edit, or no edit.</summary>
public static class Formatting
{
    /// <summary>The edits, and the formatter's reason when it refused (then there are no edits).</summary>
    public static (ImmutableArray<TextEditDto> Edits, string? Refusal) For(OpenDocument document, PositionEncoding encoding)
    {
        var result = PlanFormatter.Format(document.Source, document.Analysis.Language);
        if (!result.Succeeded)
        {
            return ([], result.Refusal);
        }

        if (result.Text == document.Source.Text)
        {
            return ([], null);
        }

        var whole = Positions.ToRange(document.Source, new Grammar.Text.TextSpan(0, document.Source.Length), encoding);
        return ([new TextEditDto(whole, result.Text)], null);
    }
}
