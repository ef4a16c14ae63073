using System.Globalization;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Analysis.Schedule;
using CmPlan.Grammar.Values;

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

    public override void CheckPost(RuleContext context, PostModel post)
    {
        if (post.IsQueueItem || post.Expires is not { } expires || post.At is not { } at)
        {
            return;
        }

        // The schedule's first publication is the at value as published (a DST gap moves it).
        var occurrences = context.Schedule.OccurrencesOf(post.Id).ToList();
        var first = occurrences.Count > 0 ? occurrences[0].Local : at.Value;
        if (!expires.Value.EndIncludes(first))
        {
            context.Report(
                at.Span,
                $"The first publication ({Expiry.DescribeMoment(first, expires.Value)}) is after this content expires ({Expiry.Describe(expires.Value)}): "
                + "it would go out already out of date. Publish it earlier, or correct 'expires'.");
            return;
        }

        if (post.Repeat is not { } repeat || !repeat.Value.IsBounded)
        {
            return;
        }

        var late = occurrences.FindIndex(p => !expires.Value.EndIncludes(p.Local));
        if (late < 0)
        {
            return;
        }

        context.Report(repeat.Span, Message(occurrences, late, expires.Value), [Fix(context, expires, repeat, occurrences[late])]);
    }

    private static string Message(List<Publication> occurrences, int late, DateTimeValue expires)
    {
        var publication = occurrences[late];
        var others = occurrences.Count - late - 1;
        var also = others == 0 ? string.Empty : $", and so {(others == 1 ? "is the one" : $"are the {others}")} after it";
        return $"The {HumanText.Ordinal(publication.Repost)} repost ({Expiry.DescribeMoment(publication.Local, expires)}) is after this content expires "
            + $"({Expiry.Describe(expires)}){also}: stop the reposts by the expiry.";
    }

    /// <summary>
    /// With <c>times</c>: the largest count whose publications all come before the expiry (every
    /// repost before the first late one). Otherwise the repeat ends when the content does. When no
    /// repost fits, any bound would leave a repeat that never repeats: delete the line (unsafe).
    /// </summary>
    private static CodeFix Fix(RuleContext context, Located<DateTimeValue> expires, Located<RepeatValue> repeat, Publication firstLate)
    {
        var fits = firstLate.Repost - 1;
        if (fits == 0)
        {
            return Fixes.Unsafe("Delete the repeat: no repost comes before the expiry", true, Fixes.DeleteLine(context.Source, repeat.Span.Start));
        }

        if (repeat.Value.Times is { } times)
        {
            var count = fits.ToString(CultureInfo.InvariantCulture);
            return Fixes.Safe($"Repost {HumanText.Count(fits, "time")}, all before the expiry (set 'times {count}')", true, Fixes.Replace(times.Span, count));
        }

        var expiresText = context.Source[expires.Span];
        var title = $"Repeat until the content expires ('until {expiresText}')";
        return repeat.Value.Until is { } until
            ? Fixes.Safe(title, true, Fixes.Replace(until.Span, expiresText))
            : Fixes.Safe(title, true, Fixes.Append(repeat.Span, $" until {expiresText}"));
    }
}
