using CmPlan.Analysis.Configuration;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Grammar.Syntax;

namespace CmPlan.Analysis.Binding;

/// <summary>Turns a syntax tree into a <see cref="PlanModel"/> and the structural diagnostics of contract §5.</summary>
public static class Binder
{
    public static BindingResult Bind(DocumentSyntax syntax, ConfigFile config, Language language = Language.English) =>
        Bind(syntax, config, block => PostBinding.Of(block, language), language);

    /// <summary>
    /// Binds with each post block read by <paramref name="bindPost"/>: a post depends on its block
    /// alone until references are resolved, so an incremental analysis can carry it over.
    /// </summary>
    public static BindingResult Bind(DocumentSyntax syntax, ConfigFile config, Func<BlockSyntax, PostBinding> bindPost, Language language)
    {
        var diagnostics = new DiagnosticBag(language);
        // The blocks are read where they are (a list of them, of tens of thousands, would land on the
        // large object heap at every keystroke), and what grows per post is sized up front.
        var blocks = syntax.Items.OfType<BlockSyntax>();
        var postCount = 0;
        foreach (var item in syntax.Items)
        {
            postCount += item is BlockSyntax { Kind: BlockKind.Post } ? 1 : 0;
        }

        var plan = PlanInfo.Default;
        foreach (var definition in Definitions.Singleton(blocks, BlockKind.Plan, diagnostics))
        {
            var bound = PlanBinder.Bind(definition.Block, diagnostics);
            plan = definition.IsFirst ? bound : plan;
        }

        var settings = PolicyBinder.Bind(null, config, diagnostics);
        foreach (var definition in Definitions.Singleton(blocks, BlockKind.Policy, diagnostics))
        {
            var bound = PolicyBinder.Bind(definition.Block, config, diagnostics);
            settings = definition.IsFirst ? bound : settings;
        }

        var channels = Bind(blocks, BlockKind.Channel, diagnostics, (block, id) => ChannelBinder.Bind(block, id, diagnostics));
        var queues = Bind(blocks, BlockKind.Queue, diagnostics, (block, id) => QueueBinder.Bind(block, id, plan, diagnostics));
        // References are checked on every definition, duplicates included, before only the first ones are kept.
        var references = new References(
            [.. channels.Where(c => c.IsFirst).Select(c => c.Model.Id)],
            [.. queues.Where(q => q.IsFirst).Select(q => q.Model.Id)],
            diagnostics);
        // The id is read just before the rest of the same block: one binding serves both.
        PostBinding? last = null;
        PostBinding Post(BlockSyntax block) => ReferenceEquals(last?.Model.Syntax, block) ? last : last = bindPost(block);
        var resolvedPosts = new List<PostModel>(postCount);
        foreach (var definition in Definitions.Of(blocks, BlockKind.Post, diagnostics, block => Post(block).ReportId(diagnostics), postCount))
        {
            var post = Post(definition.Block).Report(diagnostics);
            var (on, queue) = (references.Channels(post.On), references.Queue(post.Queue));
            var resolved = on == post.On && queue == post.Queue ? post : post with { On = on, Queue = queue };
            resolved = references.Variants(resolved);
            if (definition.IsFirst)
            {
                resolvedPosts.Add(resolved);
            }
        }

        var items = resolvedPosts.Where(p => p.Queue is not null).ToLookup(p => p.Queue!.Value);
        var resolvedQueues = new List<QueueModel>();
        foreach (var (queue, isFirst) in queues)
        {
            var resolved = queue with { On = references.Channels(queue.On), Items = [.. items[queue.Id]] };
            if (isFirst)
            {
                resolvedQueues.Add(resolved);
            }
        }

        foreach (var post in resolvedPosts)
        {
            PostVariants.CheckPlainText(post, resolvedQueues, diagnostics);
        }

        var model = new PlanModel(plan, settings, [.. channels.Where(c => c.IsFirst).Select(c => c.Model)], [.. resolvedQueues], [.. resolvedPosts]);
        return new BindingResult(model, diagnostics.ToImmutable());
    }

    /// <summary>Binds every block of a kind, in file order; only first definitions with a valid id will enter the model.</summary>
    private static List<(T Model, bool IsFirst)> Bind<T>(IEnumerable<BlockSyntax> blocks, BlockKind kind, DiagnosticBag diagnostics, Func<BlockSyntax, string, T> bind) =>
        [.. Definitions.Of(blocks, kind, diagnostics).Select(d => (bind(d.Block, d.Id ?? string.Empty), d.IsFirst))];
}
