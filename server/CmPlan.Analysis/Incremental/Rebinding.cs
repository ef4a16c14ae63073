using System.Collections.Immutable;
using CmPlan.Analysis.Binding;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Grammar.Syntax;

namespace CmPlan.Analysis.Incremental;

/// <summary>What the last binding found around the posts, kept for <see cref="Rebinding"/>.</summary>
/// <param name="Before">The diagnostics of plan, policy, channels and queues, found before the posts.</param>
/// <param name="QueueReferences">Those of the queues' <c>on</c>, found after the posts.</param>
/// <param name="LastOther">The item index of the last block that is not a post (-1 when there is none).</param>
internal sealed record Surroundings(ImmutableArray<Diagnostic> Before, ImmutableArray<Diagnostic> QueueReferences, int LastOther);

/// <summary>
/// The binding after an edit that changed post blocks only, from what the last binding found: with
/// every other block before the edit (the same objects) and no post's id made or unmade a duplicate,
/// a post carried over keeps its resolved model and its diagnostics, moved, and only the posts parsed
/// again are read — where <see cref="Binder"/> reads every post's id and references, about a
/// microsecond a post, the most of a keystroke on a large plan. The result is the one
/// <see cref="Binder.Bind(Grammar.Syntax.DocumentSyntax, Configuration.ConfigFile, Language)"/> gives,
/// diagnostics in the same order; null when that may not hold, and the session binds the whole plan.
/// </summary>
internal static class Rebinding
{
    public static BindingResult? TryRebind(DocumentSyntax syntax, Carry carry, Surroundings? around, PostIds? ids, PostState?[] states, Language language)
    {
        if (carry is not { Reparse: { } reparse, Old: { } old, Model: { } model, SameSurroundings: true }
            || around is null
            || ids is null
            || around.LastOther >= reparse.Kept
            || (reparse.LineDelta != 0 && ids.HasDuplicates))
        {
            return null;
        }

        var removed = new List<string?>();
        for (var j = reparse.Kept; j < reparse.MovedFrom; j++)
        {
            if (old[j] is { } state)
            {
                if (state.Resolution is not { } resolution)
                {
                    return null;
                }

                removed.Add(resolution.Id);
            }
        }

        var added = new List<(int Index, PostBinding Binding)>();
        for (var i = reparse.Kept; i < reparse.Kept + reparse.Reparsed; i++)
        {
            if (syntax.Items[i] is BlockSyntax { Kind: BlockKind.Post } block)
            {
                added.Add((i, PostBinding.Of(block, language)));
            }
        }

        if (!ids.TryReplace(removed, [.. added.Select(a => a.Binding.Id)]))
        {
            return null;
        }

        var posts = new Posts(model, language);
        var next = 0;
        for (var i = 0; i < syntax.Items.Length; i++)
        {
            if (syntax.Items[i] is not BlockSyntax { Kind: BlockKind.Post } block)
            {
                continue;
            }

            if (next < added.Count && added[next].Index == i)
            {
                states[i] = posts.Fresh(added[next++].Binding);
            }
            else if (carry.Binding(i) is { } carried && carry.Before(i) is var (was, offset, _) && was.Resolution is { } resolution)
            {
                states[i] = posts.Moved(carried, was, resolution, offset);
            }
            else
            {
                // Its binding could not move (a message names a line): read again, same id, still its alone.
                states[i] = posts.Fresh(PostBinding.Of(block, language));
            }
        }

        return posts.Result(around);
    }

    /// <summary>The posts bound so far, in file order, with their diagnostics, to make the result of.</summary>
    private sealed class Posts(PlanModel model, Language language)
    {
        private readonly string[] channels = [.. model.Channels.Select(c => c.Id)];
        private readonly string[] queues = [.. model.Queues.Select(q => q.Id)];
        private readonly List<PostModel> inModel = new(model.Posts.Length + 1);
        private readonly List<Diagnostic> diagnostics = [];
        private readonly List<Diagnostic> plainTexts = [];

        /// <summary>A post read afresh: its id is its alone, so it is a first definition when valid.</summary>
        public PostState Fresh(PostBinding binding)
        {
            var bag = new DiagnosticBag(language);
            var id = binding.ReportId(bag);
            var resolved = Binder.Resolve(binding.Report(bag), new References(channels, queues, bag));
            var state = new PostState(binding, null) { Resolution = new PostResolution(id, id is null ? null : resolved, bag.ToImmutable()) };
            if (id is not null)
            {
                var plain = new DiagnosticBag(language);
                PostVariants.CheckPlainText(resolved, model.Queues, plain);
                state.PlainText = plain.ToImmutable();
            }

            return Add(state);
        }

        /// <summary>A post carried over: what binding found on it before, moved as its binding moved.</summary>
        public PostState Moved(PostState carried, PostState was, PostResolution resolution, int offset)
        {
            // A block moved by no character may still be on other lines (a character replaced by a line end): a new block.
            carried.Resolution = ReferenceEquals(carried.Binding, was.Binding) ? resolution : resolution with
            {
                Model = resolution.Model is not { } resolved ? null
                    : ReferenceEquals(resolved, was.Binding.Model) ? carried.Binding.Model
                    : resolved.MovedTo(carried.Binding.Model.Syntax, offset),
                Diagnostics = resolution.Diagnostics.Moved(offset),
            };
            carried.PlainText = was.PlainText.Moved(offset);
            return Add(carried);
        }

        private PostState Add(PostState state)
        {
            var resolution = state.Resolution!;
            if (!resolution.Diagnostics.IsEmpty)
            {
                diagnostics.AddRange(resolution.Diagnostics);
            }

            if (resolution.Model is { } post)
            {
                inModel.Add(post);
            }

            if (!state.PlainText.IsEmpty)
            {
                plainTexts.AddRange(state.PlainText);
            }

            return state;
        }

        /// <summary>The binding: the blocks around posts as they were, the posts as bound, diagnostics in <see cref="Binder"/>'s order.</summary>
        public BindingResult Result(Surroundings around)
        {
            var all = ImmutableArray.CreateBuilder<Diagnostic>(around.Before.Length + diagnostics.Count + around.QueueReferences.Length + plainTexts.Count);
            all.AddRange(around.Before);
            all.AddRange(diagnostics);
            all.AddRange(around.QueueReferences);
            all.AddRange(plainTexts);
            var posts = inModel.ToImmutableArray();
            return new BindingResult(model with { Queues = Binder.WithItems(model.Queues, posts), Posts = posts }, all.MoveToImmutable());
        }
    }
}
