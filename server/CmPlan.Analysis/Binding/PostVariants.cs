using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Model;

namespace CmPlan.Analysis.Binding;

/// <summary>
/// A post with variants needs its plain <c>text</c> only for the channels no variant names (contract §3,
/// 1.2): its <c>on</c>, or for a queue item its queue's <c>on</c>. Checked once references are resolved.
/// </summary>
internal static class PostVariants
{
    public static void CheckPlainText(PostModel post, IReadOnlyList<QueueModel> queues, DiagnosticBag diagnostics)
    {
        if (post.Variants.IsEmpty || post.Text is not null || HasPlainProperty(post) || post.Syntax.Body.Any(l => l is Grammar.Syntax.SkippedLineSyntax))
        {
            return;
        }

        var on = post.Queue is { } queue ? queues.FirstOrDefault(q => q.Id == queue.Value)?.On ?? [] : post.On;
        var uncovered = on.Select(o => o.Value).Distinct(StringComparer.Ordinal).Where(c => !post.Variants.Any(v => v.Names(c))).ToList();
        if (uncovered.Count > 0)
        {
            diagnostics.Add(RuleIds.MissingProperty, PropertyBag.HeaderSpan(post.Syntax), StructureMessages.MissingTextFor(diagnostics.Words, StructureMessages.Block(diagnostics.Words, post.Syntax), uncovered));
        }
    }

    /// <summary>An invalid plain text is null in the model but present: its <c>invalid-value</c> was reported.</summary>
    private static bool HasPlainProperty(PostModel post) =>
        post.Syntax.Properties.Count(p => p.Key.Text == "text") > post.Variants.Length;
}
