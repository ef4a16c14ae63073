using System.Collections.Immutable;
using CmPlan.Analysis.Ide.Navigation;
using CmPlan.LanguageServer.Protocol;
using CmPlan.LanguageServer.Protocol.Types;
using CmPlan.LanguageServer.Server;

namespace CmPlan.LanguageServer.Documents;

/// <summary>Definition, references, highlights and rename of channel and queue ids, in one document.</summary>
public static class IdFeatures
{
    private const int ReadHighlight = 2;
    private const int WriteHighlight = 3;

    public static Location? Definition(OpenDocument document, Position position, PositionEncoding encoding) =>
        IdNavigation.Definition(document.Analysis, Offset(document, position, encoding)) is { } span
            ? new Location(document.Uri, Positions.ToRange(document.Source, span, encoding))
            : null;

    public static ImmutableArray<Location> References(OpenDocument document, Position position, bool includeDeclaration, PositionEncoding encoding) =>
        [.. IdNavigation.References(document.Analysis, Offset(document, position, encoding), includeDeclaration)
            .Select(s => new Location(document.Uri, Positions.ToRange(document.Source, s, encoding)))];

    public static ImmutableArray<DocumentHighlightDto> Highlights(OpenDocument document, Position position, PositionEncoding encoding) =>
        [.. IdNavigation.DocumentHighlights(document.Analysis, Offset(document, position, encoding))
            .Select(h => new DocumentHighlightDto(Positions.ToRange(document.Source, h.Span, encoding), h.IsDeclaration ? WriteHighlight : ReadHighlight))];

    public static RangeDto? PrepareRename(OpenDocument document, Position position, PositionEncoding encoding) =>
        IdNavigation.PrepareRename(document.Analysis, Offset(document, position, encoding)) is { } span
            ? Positions.ToRange(document.Source, span, encoding)
            : null;

    /// <summary>The rename as a workspace edit; an invalid or impossible rename is a RequestFailed error with the reason.</summary>
    public static WorkspaceEdit Rename(OpenDocument document, Position position, string newName, PositionEncoding encoding)
    {
        var result = IdNavigation.Rename(document.Analysis, Offset(document, position, encoding), newName);
        if (result.Error is { } error)
        {
            throw new RpcError(ErrorCodes.RequestFailed, error);
        }

        return new WorkspaceEdit(new Dictionary<string, ImmutableArray<TextEditDto>>
        {
            [document.Uri] = [.. result.Edits.Select(e => new TextEditDto(Positions.ToRange(document.Source, e.Span, encoding), e.NewText))],
        });
    }

    private static int Offset(OpenDocument document, Position position, PositionEncoding encoding) =>
        Positions.ToOffset(document.Source, position, encoding);
}
