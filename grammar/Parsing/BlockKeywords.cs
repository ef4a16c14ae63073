using CmPlan.Grammar.Syntax;

namespace CmPlan.Grammar.Parsing;

/// <summary>The words that start a block at column 0.</summary>
public static class BlockKeywords
{
    public static BlockKind? Find(string word) => word switch
    {
        "plan" => BlockKind.Plan,
        "policy" => BlockKind.Policy,
        "channel" => BlockKind.Channel,
        "queue" => BlockKind.Queue,
        "post" => BlockKind.Post,
        _ => null,
    };

    public static string Keyword(BlockKind kind) => kind.ToString().ToLowerInvariant();

    public static IReadOnlyList<BlockKind> All { get; } = Enum.GetValues<BlockKind>();

    /// <summary>The keywords, in <see cref="All"/>'s order: what a misspelt one is compared with.</summary>
    public static IReadOnlyList<string> Words { get; } = [.. All.Select(Keyword)];
}
