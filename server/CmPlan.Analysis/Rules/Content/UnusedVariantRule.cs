using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Rules.Content;

/// <summary>
/// <c>unused-variant</c> (1.2): a <c>text &lt;channels&gt;</c> naming only channels the post is not
/// published on (its <c>on</c>, or its queue's): a text written for nobody, often a channel dropped
/// from <c>on</c>. On the variant's key and channels; the fix deletes it, unsafe (the words go).
/// Doc: docs/rules/unused-variant.md.
/// </summary>
public sealed class UnusedVariantRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.UnusedVariant,
        Severity.Warning,
        false,
        "Unused text variant",
        "A text variant names only channels the post is not published on.");

    public override void CheckPost(PostContext context, PostModel post)
    {
        var on = context.ChannelsOfPost;
        if (on.IsEmpty)
        {
            return; // no known channel at all: unknown-reference or missing-property says so
        }

        foreach (var variant in post.Variants)
        {
            // A variant whose ids all name nothing is unknown-reference's.
            if (variant.Channels.IsEmpty || variant.Channels.Any(c => on.Any(o => o.Value == c.Value)))
            {
                continue;
            }

            var property = post.Syntax.Properties.First(p => p.Span == variant.Span);
            var names = string.Join(", ", variant.Channels.Select(c => context.Say(MessageId.Quoted, ("name", Quote.Cut(c.Value)))));
            var published = string.Join(", ", on.Select(o => o.Value).Distinct(StringComparer.Ordinal));
            var where = context.Say(post.IsQueueItem ? MessageId.UnusedVariantQueue : MessageId.UnusedVariantOn, ("channels", published));
            context.Report(
                TextSpan.FromBounds(property.Key.Span.Start, variant.Channels[^1].Span.End),
                context.Say(MessageId.UnusedVariant, ("names", names), ("where", where)),
                [Fixes.Unsafe(context.Say(MessageId.UnusedVariantFix), true, Fixes.DeleteProperty(context.Source, property))]);
        }
    }
}
