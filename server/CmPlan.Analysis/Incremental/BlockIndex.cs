using CmPlan.Grammar.Syntax;

namespace CmPlan.Analysis.Incremental;

/// <summary>
/// Each post block's item index in the document being analysed, and the last other block's. Filled
/// on first use in an analysis (a whole binding, a post looked up out of order): filling it is ten
/// thousand insertions on a large plan, which a keystroke that binds only its posts does not need.
/// One table for a session's life, since a new one at every keystroke lands on the large object
/// heap; a fork has its own.
/// </summary>
internal sealed class BlockIndex
{
    private readonly Dictionary<BlockSyntax, int> indexOf = new(ReferenceEqualityComparer.Instance);
    private DocumentSyntax? syntax;
    private int lastOther;

    /// <summary>Starts an analysis of <paramref name="document"/>: the table is filled again when next read.</summary>
    public void Reset(DocumentSyntax document) => syntax = document;

    public int this[BlockSyntax post] => Filled().indexOf[post];

    /// <summary>The item index of the last block that is not a post, -1 when there is none.</summary>
    public int LastOther => Filled().lastOther;

    private BlockIndex Filled()
    {
        if (syntax is { } document)
        {
            indexOf.Clear();
            lastOther = -1;
            for (var i = 0; i < document.Items.Length; i++)
            {
                if (document.Items[i] is BlockSyntax block)
                {
                    if (block.Kind == BlockKind.Post)
                    {
                        indexOf[block] = i;
                    }
                    else
                    {
                        lastOther = i;
                    }
                }
            }

            syntax = null;
        }

        return this;
    }
}
