using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Ide.Navigation;

/// <summary>
/// Go to definition, find references, highlights and rename for channel and queue ids. Every
/// function takes a UTF-16 offset; a cursor right after an id counts as on it.
/// </summary>
public static class IdNavigation
{
    /// <summary>The span of the declaring block's id (the first one, if declared twice), or null.</summary>
    public static TextSpan? Definition(AnalysisResult result, int offset)
    {
        return Target(result, offset) is { } target ? Declaration(IdOccurrences.All(result.Syntax), target)?.Span : null;
    }

    public static ImmutableArray<TextSpan> References(AnalysisResult result, int offset, bool includeDeclaration)
    {
        return Target(result, offset) is { } target
            ? [.. Same(IdOccurrences.All(result.Syntax), target).Where(o => includeDeclaration || !o.IsDeclaration).Select(o => o.Span)]
            : [];
    }

    public static ImmutableArray<DocumentHighlight> DocumentHighlights(AnalysisResult result, int offset)
    {
        return Target(result, offset) is { } target
            ? [.. Same(IdOccurrences.All(result.Syntax), target).Select(o => new DocumentHighlight(o.Span, o.IsDeclaration))]
            : [];
    }

    /// <summary>The span of the id under the cursor when it can be renamed: it is declared in this document.</summary>
    public static TextSpan? PrepareRename(AnalysisResult result, int offset)
    {
        return Target(result, offset) is { } target && Declaration(IdOccurrences.All(result.Syntax), target) is not null ? target.Span : null;
    }

    public static RenameResult Rename(AnalysisResult result, int offset, string newName)
    {
        var all = IdOccurrences.All(result.Syntax);
        var target = Find(all, offset);
        if (target is null || Declaration(all, target) is null)
        {
            return RenameResult.Failed(result.Words.Say(MessageId.RenameOnlyIds));
        }

        if (!IsIdent(newName))
        {
            return RenameResult.Failed(result.Words.Say(MessageId.RenameInvalidId, ("name", newName)));
        }

        if (newName != target.Id && all.Any(o => o.IsDeclaration && o.Kind == target.Kind && o.Id == newName))
        {
            return RenameResult.Failed(result.Words.Say(target.Kind == IdKind.Channel ? MessageId.RenameChannelExists : MessageId.RenameQueueExists, ("name", newName)));
        }

        var edits = Same(all, target).Select(o => new TextEdit(o.Span, newName)).ToList();
        if (target.Kind == IdKind.Channel && KeepNetwork(result, target.Id, newName) is { } keep)
        {
            edits.Insert(1, keep);
        }

        return new RenameResult([.. edits], null);
    }

    /// <summary>
    /// A channel without <c>network</c> whose id names one takes that network from its id (contract §3):
    /// renaming it writes <c>network &lt;old id&gt;</c> under its header so that its limit does not change.
    /// </summary>
    private static TextEdit? KeepNetwork(AnalysisResult result, string oldId, string newName)
    {
        var channel = result.Model.FindChannel(oldId);
        if (channel?.Syntax is not { } block
            || block.Properties.Any(p => p.Key.Text == "network")
            || Model.Networks.Find(oldId) is not { } network
            || Model.Networks.Find(newName) == network)
        {
            return null;
        }

        var source = result.Syntax.Source;
        var indent = new string(' ', block.Properties.FirstOrDefault()?.Indent ?? 2);
        var header = source.Lines[block.HeaderLine];
        return header.Terminator.Length > 0
            ? new TextEdit(new TextSpan(header.EndIncludingTerminator, 0), $"{indent}network {oldId}{header.Terminator}")
            : new TextEdit(new TextSpan(header.End, 0), $"{source.LineEnding}{indent}network {oldId}");
    }

    /// <summary>An ident (contract §2): a letter or digit, then letters, digits, <c>-</c>, <c>_</c> or <c>.</c>.</summary>
    public static bool IsIdent(string text) =>
        text.Length > 0
        && char.IsLetterOrDigit(text[0])
        && text.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>The id under the cursor, found in the blocks around it: every block is read only when there is one.</summary>
    private static IdOccurrence? Target(AnalysisResult result, int offset) => Find(IdOccurrences.Near(result.Syntax, offset), offset);

    private static IdOccurrence? Find(ImmutableArray<IdOccurrence> all, int offset) =>
        all.FirstOrDefault(o => o.Span.Contains(offset)) ?? all.FirstOrDefault(o => o.Span.End == offset);

    private static IdOccurrence? Declaration(ImmutableArray<IdOccurrence> all, IdOccurrence target) =>
        all.FirstOrDefault(o => o.IsDeclaration && o.Kind == target.Kind && o.Id == target.Id);

    private static IEnumerable<IdOccurrence> Same(ImmutableArray<IdOccurrence> all, IdOccurrence target) =>
        all.Where(o => o.Kind == target.Kind && o.Id == target.Id);
}
