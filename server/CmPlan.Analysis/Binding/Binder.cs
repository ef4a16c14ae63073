using System.Collections.Immutable;
using CmPlan.Analysis.Configuration;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Grammar.Syntax;

namespace CmPlan.Analysis.Binding;

/// <summary>Turns a syntax tree into a <see cref="PlanModel"/> and the structural diagnostics of contract §5.</summary>
public static class Binder
{
    public static BindingResult Bind(DocumentSyntax syntax, ConfigFile config, Language language = Language.English) =>
        Bind(syntax, config, new FreshPostBinder(language), language);

    /// <summary>
    /// Binds with each post block read by <paramref name="posts"/>, and tells it what was found on
    /// each: a post depends on its block alone until references are resolved, so an incremental
    /// analysis can carry it over, and bind again only the posts an edit changed (<c>Incremental/Rebinding</c>).
    /// </summary>
    internal static BindingResult Bind(DocumentSyntax syntax, ConfigFile config, IPostBinder posts, Language language)
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
        var before = diagnostics.Since(0);
        // The id is read just before the rest of the same block: one binding serves both.
        PostBinding? last = null;
        PostBinding Post(BlockSyntax block) => ReferenceEquals(last?.Model.Syntax, block) ? last : last = posts.Bind(block);
        var resolvedPosts = new List<PostModel>(postCount);
        var mark = diagnostics.Count;
        foreach (var definition in Definitions.Of(blocks, BlockKind.Post, diagnostics, block => Post(block).ReportId(diagnostics), postCount))
        {
            var resolved = Resolve(Post(definition.Block).Report(diagnostics), references);
            if (definition.IsFirst)
            {
                resolvedPosts.Add(resolved);
            }

            posts.Resolved(definition.Block, new PostResolution(definition.Id, definition.IsFirst ? resolved : null, diagnostics.Since(mark)));
            mark = diagnostics.Count;
        }

        var resolvedQueues = new List<QueueModel>();
        foreach (var (queue, isFirst) in queues)
        {
            var resolved = queue with { On = references.Channels(queue.On) };
            if (isFirst)
            {
                resolvedQueues.Add(resolved);
            }
        }

        var queueReferences = diagnostics.Since(mark);
        foreach (var post in resolvedPosts)
        {
            mark = diagnostics.Count;
            PostVariants.CheckPlainText(post, resolvedQueues, diagnostics);
            if (diagnostics.Count > mark)
            {
                posts.PlainText(post, diagnostics.Since(mark));
            }
        }

        posts.Surroundings(before, queueReferences);
        var model = new PlanModel(plan, settings, [.. channels.Where(c => c.IsFirst).Select(c => c.Model)], WithItems(resolvedQueues, resolvedPosts), [.. resolvedPosts]);
        return new BindingResult(model, diagnostics.ToImmutable());
    }

    /// <summary>A post with its references resolved: unknown channels and queue dropped (each reported once).</summary>
    internal static PostModel Resolve(PostModel post, References references)
    {
        var (on, queue) = (references.Channels(post.On), references.Queue(post.Queue));
        var resolved = on == post.On && queue == post.Queue ? post : post with { On = on, Queue = queue };
        return references.Variants(resolved);
    }

    /// <summary>The queues, each with the posts that name it as its items, in file order.</summary>
    internal static ImmutableArray<QueueModel> WithItems(IReadOnlyCollection<QueueModel> queues, IEnumerable<PostModel> posts)
    {
        // Queue items by their queue's id, read without moving the posts' spans (most posts after a keystroke).
        var items = posts.Where(p => p.IsQueueItem).ToLookup(p => p.Unplaced.Queue!.Value);
        return [.. queues.Select(q => q with { Items = [.. items[q.Id]] })];
    }

    /// <summary>Binds every block of a kind, in file order; only first definitions with a valid id will enter the model.</summary>
    private static List<(T Model, bool IsFirst)> Bind<T>(IEnumerable<BlockSyntax> blocks, BlockKind kind, DiagnosticBag diagnostics, Func<BlockSyntax, string, T> bind) =>
        [.. Definitions.Of(blocks, kind, diagnostics).Select(d => (bind(d.Block, d.Id ?? string.Empty), d.IsFirst))];
}
