using System.Collections.Frozen;
using CmPlan.Grammar.Syntax;

namespace CmPlan.Analysis.Binding;

/// <summary>
/// The properties each block accepts (contract §3); every one is "once" but <c>slots</c>, <c>rule</c>,
/// <c>media</c> and <c>text</c>, whose variants repeat (the post binder reports a second plain <c>text</c>).
/// </summary>
public static class BlockSchema
{
    private static readonly FrozenDictionary<BlockKind, string[]> Keys = new Dictionary<BlockKind, string[]>
    {
        [BlockKind.Plan] = ["timezone", "start", "end"],
        [BlockKind.Policy] = ["min-interval", "max-repeats", "max-span", "max-automated", "min-gap", "approval-lead", "rule"],
        [BlockKind.Channel] = ["network", "limit", "slots", "max-media"],
        [BlockKind.Queue] = ["on", "slots", "start", "recycle"],
        [BlockKind.Post] = ["on", "at", "queue", "repeat", "expires", "text", "link", "media", "status", "tags"],
    }.ToFrozenDictionary();

    public static IReadOnlyList<string> PropertiesOf(BlockKind kind) => Keys[kind];

    public static bool IsKnown(BlockKind kind, string key) => IndexOf(kind, key) >= 0;

    /// <summary>The key's place in <see cref="PropertiesOf"/>, or -1 for a key the block does not accept.</summary>
    public static int IndexOf(BlockKind kind, string key) => Array.IndexOf(Keys[kind], key);

    public static bool IsRepeatable(string key) => key is "slots" or "rule" or "media" or "text";
}
