using CmPlan.Analysis.Model;
using CmPlan.Grammar.Values;

namespace CmPlan.Analysis.Rules.Content;

/// <summary>
/// Which texts of a plan's posts are the same as <c>duplicate-content</c> compares them: each post's
/// texts (<see cref="PostModel.AllTexts"/>, by post and text index) keyed by their normalized form,
/// and the groups of two or more, in the order a walk of the posts meets each group's second text.
/// Immutable: an incremental analysis keeps it for the next edit, which then compares its texts by
/// reference and normalizes only the posts whose texts changed; while no group is touched (a text that
/// was unique stays unique: typing in a post) the groups are the same and the new index is this one
/// with those posts' keys replaced. Else, or once many keys were replaced, it is built again.
/// </summary>
internal sealed class TextGroups
{
    /// <summary>Posts whose texts changed beyond which, or keys replaced since the last whole build beyond which, it is built again.</summary>
    private const int MaxChanged = 16;
    private const int MaxReplaced = 256;

    private readonly TextValue[][] texts;
    private readonly string[][] keys;
    private readonly Dictionary<string, int> counts;
    private readonly Dictionary<string, int> replaced;
    private readonly List<List<(int Post, int Text)>> shared;

    private TextGroups(TextValue[][] texts, string[][] keys, Dictionary<string, int> counts, Dictionary<string, int> replaced, List<List<(int Post, int Text)>> shared)
    {
        this.texts = texts;
        this.keys = keys;
        this.counts = counts;
        this.replaced = replaced;
        this.shared = shared;
    }

    /// <summary>The groups of texts shared by more than one (post, text), each member by post index in the model and text index in its <see cref="PostModel.AllTexts"/>.</summary>
    public IReadOnlyList<IReadOnlyList<(int Post, int Text)>> Shared => shared;

    /// <summary>The groups of <paramref name="model"/>, from <paramref name="previous"/> (those of an earlier analysis of the same document) where they hold.</summary>
    public static TextGroups Of(PlanModel model, TextGroups? previous, Func<TextValue, string> normalize)
    {
        if (previous is null || previous.texts.Length != model.Posts.Length)
        {
            return Build(model, normalize);
        }

        List<int>? changed = null;
        for (var p = 0; p < model.Posts.Length; p++)
        {
            if (!SameTexts(model.Posts[p], previous.texts[p]))
            {
                (changed ??= []).Add(p);
                if (changed.Count > MaxChanged)
                {
                    return Build(model, normalize);
                }
            }
        }

        return changed is null ? previous : previous.With(model, changed, normalize) ?? Build(model, normalize);
    }

    /// <summary>This index with the texts of the <paramref name="changed"/> posts replaced, when every old key of theirs was theirs alone and every new one is new; else null.</summary>
    private TextGroups? With(PlanModel model, List<int> changed, Func<TextValue, string> normalize)
    {
        if (replaced.Count + (2 * changed.Count) > MaxReplaced)
        {
            return null;
        }

        var newReplaced = new Dictionary<string, int>(replaced, StringComparer.Ordinal);
        var newTexts = (TextValue[][])texts.Clone();
        var newKeys = (string[][])keys.Clone();
        foreach (var p in changed)
        {
            foreach (var key in keys[p])
            {
                if (key.Length > 0 && CountOf(key, newReplaced) != 1)
                {
                    return null;
                }

                newReplaced[key] = 0;
            }
        }

        foreach (var p in changed)
        {
            (newTexts[p], newKeys[p]) = TextsOf(model.Posts[p], normalize);
            foreach (var key in newKeys[p])
            {
                if (key.Length > 0 && CountOf(key, newReplaced) != 0)
                {
                    return null;
                }

                newReplaced[key] = 1;
            }
        }

        return new TextGroups(newTexts, newKeys, counts, newReplaced, shared);
    }

    private int CountOf(string key, Dictionary<string, int> replacements) =>
        replacements.TryGetValue(key, out var count) ? count : counts.GetValueOrDefault(key);

    private static TextGroups Build(PlanModel model, Func<TextValue, string> normalize)
    {
        var texts = new TextValue[model.Posts.Length][];
        var keys = new string[model.Posts.Length][];
        var counts = new Dictionary<string, int>(model.Posts.Length, StringComparer.Ordinal);
        // The first member of each key, and the group a key became once seen a second time.
        var first = new Dictionary<string, (int Post, int Text)>(model.Posts.Length, StringComparer.Ordinal);
        var groupOf = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        var shared = new List<List<(int Post, int Text)>>();
        for (var p = 0; p < model.Posts.Length; p++)
        {
            (texts[p], keys[p]) = TextsOf(model.Posts[p], normalize);
            for (var t = 0; t < keys[p].Length; t++)
            {
                var key = keys[p][t];
                if (key.Length == 0)
                {
                    continue;
                }

                var count = counts[key] = counts.GetValueOrDefault(key) + 1;
                if (count == 1)
                {
                    first[key] = (p, t);
                }
                else if (count == 2)
                {
                    List<(int, int)> group = [first[key], (p, t)];
                    groupOf[key] = group;
                    shared.Add(group);
                }
                else
                {
                    groupOf[key].Add((p, t));
                }
            }
        }

        return new TextGroups(texts, keys, counts, new Dictionary<string, int>(StringComparer.Ordinal), shared);
    }

    private static (TextValue[] Texts, string[] Keys) TextsOf(PostModel post, Func<TextValue, string> normalize)
    {
        var texts = post.AllTexts().Select(t => t.Value).ToArray();
        return (texts, Array.ConvertAll(texts, t => normalize(t)));
    }

    /// <summary>
    /// Whether <paramref name="post"/>'s texts are <paramref name="known"/>, the same objects in the
    /// same order (no allocation: most posts, at every edit; read without moving a moved post's spans).
    /// </summary>
    private static bool SameTexts(PostModel post, TextValue[] known)
    {
        var values = post.Unplaced;
        var n = 0;
        if (values.Text is { } text && (n >= known.Length || !ReferenceEquals(known[n++], text.Value)))
        {
            return false;
        }

        foreach (var variant in values.Variants)
        {
            if (variant.Text is { } variantText && (n >= known.Length || !ReferenceEquals(known[n++], variantText.Value)))
            {
                return false;
            }
        }

        return n == known.Length;
    }
}
