using System.Collections.Immutable;
using CmPlan.Analysis.Ide.Structure;
using CmPlan.LanguageServer.Protocol.Types;

namespace CmPlan.LanguageServer.Documents;

/// <summary>
/// <c>workspace/symbol</c>: the plans, channels, queues and posts of every plan whose name holds the
/// query's characters in order, ignoring case (<c>lnch</c> finds <c>launch-teaser</c>), as VS Code
/// matches and then ranks them itself. Each is located at its name, in the plan named as container.
/// </summary>
public static class WorkspaceSymbols
{
    /// <summary>At most this many symbols in an answer: the editor shows a list, not the whole workspace.</summary>
    public const int MaxResults = 500;

    /// <summary>The matches in <paramref name="documents"/>, in order, until <see cref="MaxResults"/>; stops when cancelled.</summary>
    public static ImmutableArray<SymbolInformationDto> Find(IEnumerable<OpenDocument> documents, string query, PositionEncoding encoding, CancellationToken cancellation)
    {
        var found = ImmutableArray.CreateBuilder<SymbolInformationDto>();
        foreach (var document in documents)
        {
            cancellation.ThrowIfCancellationRequested();
            var container = Path.GetFileName(FileUris.LocalPath(document.Uri) ?? document.Uri);
            foreach (var symbol in DocumentSymbols.Of(document.Analysis))
            {
                if (symbol.Kind == SymbolKind.Policy || !Matches(query, symbol.Name))
                {
                    continue;
                }

                found.Add(new SymbolInformationDto(
                    symbol.Name,
                    EditorFeatures.Kind(symbol.Kind),
                    new Location(document.Uri, Positions.ToRange(document.Source, symbol.SelectionSpan, encoding)),
                    container));
                if (found.Count == MaxResults)
                {
                    return found.ToImmutable();
                }
            }
        }

        return found.ToImmutable();
    }

    /// <summary>Whether <paramref name="name"/> holds the characters of <paramref name="query"/> in order, ignoring case.</summary>
    public static bool Matches(string query, string name)
    {
        var at = 0;
        foreach (var c in query)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            at = name.AsSpan(at).IndexOf(new ReadOnlySpan<char>(in c), StringComparison.OrdinalIgnoreCase) is var found and >= 0 ? at + found + 1 : -1;
            if (at < 0)
            {
                return false;
            }
        }

        return true;
    }
}
