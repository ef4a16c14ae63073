using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Analysis.Schedule;
using CmPlan.Grammar.Values;
using NodaTime;

namespace CmPlan.Analysis.Rules.Failures;

/// <summary>
/// <c>after-expiry</c>: a plain post published after its own <c>expires</c> (queue items are not:
/// a queue skips expired items). On <c>at</c> when the first publication is already late, else on
/// the <c>repeat</c>, unless that repeat is unbounded (<c>unbounded-repost</c>'s fix settles it).
/// Doc: docs/rules/after-expiry.md.
/// </summary>
public sealed class AfterExpiryRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.AfterExpiry,
        Severity.Error,
        false,
        "Publication after expiry",
        "A post is scheduled after the date its content expires.");

    public override void CheckPost(PostContext context, PostModel post)
    {
        if (post.IsQueueItem || post.Expires is not { } expires || post.At is not { } at)
        {
            return;
        }

        // The schedule's first publication is the at value as published (a DST gap moves it);
        // bounds compare instants (contract §4).
        var occurrences = context.Occurrences.ToList();
        var end = InstantBounds.EndOf(expires.Value, context.Zone);
        var first = occurrences.Count > 0 ? occurrences[0].Local : at.Value;
        Instant? firstAt = occurrences.Count > 0 ? occurrences[0].Instant
            : LocalArithmetic.TryResolve(context.Zone, at.Value, out var resolved) ? resolved.ToInstant() : null;
        if (firstAt is { } instant && !InstantBounds.Includes(end, instant))
        {
            context.Report(
                at.Span,
                context.Say(
                    MessageId.AfterExpiryFirst,
                    ("moment", Expiry.DescribeMoment(first, expires.Value, context.Words)),
                    ("expires", Expiry.Describe(expires.Value, context.Words))));
            return;
        }

        if (post.Repeat is not { } repeat || !repeat.Value.IsBounded)
        {
            return;
        }

        var late = occurrences.FindIndex(p => !InstantBounds.Includes(end, p.Instant));
        if (late < 0)
        {
            return;
        }

        context.Report(repeat.Span, Message(context.Words, occurrences, late, expires.Value), Fix(context, post, expires, repeat, occurrences[late]));
    }

    private static string Message(Words words, List<Publication> occurrences, int late, DateTimeValue expires)
    {
        var publication = occurrences[late];
        var others = occurrences.Count - late - 1;
        var also = others switch
        {
            0 => string.Empty,
            1 => words.Say(MessageId.AfterExpiryAlsoOne),
            _ => words.Say(MessageId.AfterExpiryAlsoMany, ("count", words.Number(others))),
        };
        return words.Say(
            MessageId.AfterExpiryRepost,
            ("ordinal", words.Ordinal(publication.Repost)),
            ("moment", Expiry.DescribeMoment(publication.Local, expires, words)),
            ("expires", Expiry.Describe(expires, words)),
            ("also", also));
    }

    /// <summary>
    /// The repeat stops by the expiry as <see cref="RepeatBound"/> says (the same bound as
    /// <c>dated-content</c>'s fix): never <c>times 0</c>; when no repost fits, the line goes (unsafe).
    /// </summary>
    private static ImmutableArray<CodeFix> Fix(RuleScope context, PostModel post, Located<DateTimeValue> expires, Located<RepeatValue> repeat, Publication firstLate)
    {
        if (RepeatBound.By(context.Source, post, repeat, firstLate, context.Source[expires.Span], context.Words) is not { } bound)
        {
            return [];
        }

        return bound.IsSafe
            ? [Fixes.Safe(context.Say(MessageId.AfterExpiryStopFix, ("bound", bound.Description)), true, bound.Edit)]
            : [Fixes.Unsafe(context.Say(MessageId.AfterExpiryDeleteFix), true, bound.Edit)];
    }
}
