using CmPlan.Grammar.Syntax;

namespace CmPlan.Grammar.Parsing;

/// <summary>
/// An incremental parse: the new tree, and where its items come from. The first <see cref="Kept"/>
/// items are the old ones, unchanged; the next <see cref="Reparsed"/> are new; the rest are the old
/// items from <see cref="MovedFrom"/> on, moved by <see cref="OffsetDelta"/> characters and
/// <see cref="LineDelta"/> lines. What depends only on an item can be carried over the same way.
/// </summary>
public sealed record Reparse(DocumentSyntax Syntax, int Kept, int Reparsed, int MovedFrom, int OffsetDelta, int LineDelta)
{
    /// <summary>Where the new item at <paramref name="index"/> comes from: an old item's index, or -1 when it was parsed again.</summary>
    public int OldIndexOf(int index) =>
        index < Kept ? index : index < Kept + Reparsed ? -1 : MovedFrom + (index - Kept - Reparsed);

    /// <summary>The shift of the new item at <paramref name="index"/> from its old place (zero for kept and new items).</summary>
    public (int Offset, int Lines) ShiftOf(int index) =>
        index < Kept + Reparsed ? (0, 0) : (OffsetDelta, LineDelta);
}
