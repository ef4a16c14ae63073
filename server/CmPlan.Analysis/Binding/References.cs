using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Grammar.Text;
using CmPlan.Grammar.Values;

namespace CmPlan.Analysis.Binding;

/// <summary>
/// Checks <c>on</c> and <c>queue</c> references against declared ids (forward references are fine),
/// reports <c>unknown-reference</c> with a fix to the closest id within two edits, and drops the
/// unknown ones from the model.
/// </summary>
internal sealed class References(IReadOnlyCollection<string> channels, IReadOnlyCollection<string> queues, DiagnosticBag diagnostics)
{
    // Looked up for every post at every edit: sets, beside the lists in file order that suggestions are taken from.
    private readonly HashSet<string> channelSet = new(channels, StringComparer.Ordinal);
    private readonly HashSet<string> queueSet = new(queues, StringComparer.Ordinal);

    /// <summary>The declared channels among <paramref name="ids"/>, each once; <paramref name="ids"/> itself when that is all of them (the usual case).</summary>
    public ImmutableArray<Located<string>> Channels(ImmutableArray<Located<string>> ids)
    {
        ImmutableArray<Located<string>>.Builder? known = null;
        for (var i = 0; i < ids.Length; i++)
        {
            var id = ids[i];
            if (Resolve(id, channelSet, channels, "channel") && !Seen(ids, known, i))
            {
                known?.Add(id);
            }
            else if (known is null)
            {
                known = ImmutableArray.CreateBuilder<Located<string>>(ids.Length);
                known.AddRange(ids, i);
            }
        }

        return known?.ToImmutable() ?? ids;
    }

    /// <summary>Whether the id at <paramref name="index"/> was kept already: among those kept so far, or the ids before it while all were kept.</summary>
    private static bool Seen(ImmutableArray<Located<string>> ids, ImmutableArray<Located<string>>.Builder? known, int index)
    {
        var value = ids[index].Value;
        if (known is not null)
        {
            return known.Any(k => k.Value == value);
        }

        for (var i = 0; i < index; i++)
        {
            if (ids[i].Value == value)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The post with its variants' unknown channels reported and dropped (variant ids are channel ids, not networks).</summary>
    public PostModel Variants(PostModel post)
    {
        if (post.Variants.IsEmpty)
        {
            return post;
        }

        var variants = post.Variants.Select(v => Channels(v.Channels) is var known && known == v.Channels ? v : v with { Channels = known }).ToImmutableArray();
        return variants.SequenceEqual(post.Variants) ? post : post with { Variants = variants };
    }

    public Located<string>? Queue(Located<string>? id) => id is not null && Resolve(id, queueSet, queues, "queue") ? id : null;

    private bool Resolve(Located<string> id, HashSet<string> known, IReadOnlyCollection<string> declared, string kind)
    {
        if (known.Contains(id.Value))
        {
            return true;
        }

        var suggestion = Suggestions.Closest(id.Value, declared, 2);
        var fixes = suggestion is null
            ? []
            : new[] { new CodeFix(diagnostics.Words.Say(MessageId.ReplaceWith, ("suggestion", suggestion)), true, false, [new TextEdit(id.Span, suggestion)]) };
        var message = StructureMessages.UnknownReference(diagnostics.Words, kind, id.Value, suggestion);
        if (suggestion is not null && Ids.LookAlike(id.Value, suggestion))
        {
            message += StructureMessages.LookAlike(diagnostics.Words, id.Value, suggestion);
        }

        diagnostics.Add(RuleIds.UnknownReference, id.Span, message, fixes);
        return false;
    }
}
