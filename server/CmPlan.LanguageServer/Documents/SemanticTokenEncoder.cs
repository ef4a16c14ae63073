using System.Collections.Immutable;
using CmPlan.Analysis.Ide.Structure;
using CmPlan.Grammar.Text;
using CmPlan.LanguageServer.Protocol.Types;

namespace CmPlan.LanguageServer.Documents;

/// <summary>
/// Semantic tokens as LSP wants them: each token as five integers (line delta, start delta,
/// length, type, modifiers) in the negotiated encoding, with the legend of <see cref="SemanticTokenLegend"/>,
/// for the whole document or the tokens meeting a range.
/// </summary>
public static class SemanticTokenEncoder
{
    public static SemanticTokensLegendDto Legend { get; } = new(SemanticTokenLegend.TokenTypes, SemanticTokenLegend.TokenModifiers);

    public static ImmutableArray<int> Encode(OpenDocument document, PositionEncoding encoding, TextSpan? range = null)
    {
        var source = document.Source;
        var data = ImmutableArray.CreateBuilder<int>();
        var (line, character) = (0, 0);
        var cursor = 0;
        foreach (var token in SemanticTokens.Of(document.Analysis))
        {
            if (token.Length <= 0 || (range is { } r && (token.Offset + token.Length < r.Start || token.Offset > r.End)))
            {
                continue;
            }

            Position start, end;
            if (encoding == PositionEncoding.Utf16 && !source.HasBom)
            {
                // Tokens come sorted and never cross a line: walk the lines once instead of searching them twice a token.
                while (cursor + 1 < source.Lines.Length && source.Lines[cursor + 1].Start <= token.Offset)
                {
                    cursor++;
                }

                var column = token.Offset - source.Lines[cursor].Start;
                if (column + token.Length > source.Lines[cursor].Span.Length)
                {
                    continue;
                }

                (start, end) = (new Position(cursor, column), new Position(cursor, column + token.Length));
            }
            else
            {
                start = Positions.ToPosition(source, token.Offset, encoding);
                end = Positions.ToPosition(source, token.Offset + token.Length, encoding);
            }

            var length = end.Line == start.Line ? end.Character - start.Character : 0;
            if (length <= 0)
            {
                continue;
            }

            data.Add(start.Line - line);
            data.Add(start.Line == line ? start.Character - character : start.Character);
            data.Add(length);
            data.Add((int)token.Type);
            data.Add((int)token.Modifiers);
            (line, character) = (start.Line, start.Character);
        }

        return data.ToImmutable();
    }
}
