using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Analysis.Schedule;
using CmPlan.Grammar.Text;
using NodaTime;

namespace CmPlan.Analysis.Rules.Content;

/// <summary>
/// <c>dated-content</c>: a text that mentions a year or a full date (<see cref="DateMentions"/>),
/// published after the end of the latest one, with no <c>expires</c> to say how long it is valid.
/// Reported on that mention; the fix adds <c>expires</c> at the end of that year or on that date.
/// Doc: docs/rules/dated-content.md.
/// </summary>
public sealed class DatedContentRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.DatedContent,
        Severity.Warning,
        false,
        "Dated content without expiry",
        "The text mentions a year or a date, is still published after it, and has no expires.");

    public override void CheckPost(RuleContext context, PostModel post)
    {
        // An invalid expires is still the author's answer (and already an error): no second report.
        if (post.Syntax.Properties.Any(p => p.Key.Text == "expires") || Latest(context, post) is not { } mention)
        {
            return;
        }

        if (FirstAfter(context.Schedule.OfPost(post.Id), mention.Mention.LastDay) is not { } late)
        {
            return;
        }

        var expires = HumanText.IsoDate(mention.Mention.LastDay);
        var year = context.Source[mention.Span];
        var (mentioned, over) = mention.Mention.IsYear
            ? (year, $"{year} ended")
            : (HumanText.Day(mention.Mention.LastDay), "that day");
        var fix = Fixes.Safe($"Add 'expires {expires}'", true, Fixes.InsertProperty(context.Source, post.Syntax, $"expires {expires}"));
        context.Report(
            mention.Span,
            $"The text mentions {mentioned}, but this post is still published on {HumanText.Day(late.Local.Date)} "
            + $"({HumanText.Publication(late.Repost)}), after {over}. Add 'expires {expires}' (or the day the content "
            + "really stops being true), so that no publication outlives it.",
            [fix]);
    }

    /// <summary>The mention that ends last (the first of equals), with its span in the file.</summary>
    private static (DateMention Mention, TextSpan Span)? Latest(RuleContext context, PostModel post)
    {
        (DateMention Mention, TextSpan Span)? latest = null;
        foreach (var line in RawText.Lines(context.Source, post))
        {
            foreach (var mention in DateMentions.Find(RawText.Readable(context.Source, line)))
            {
                if (latest is not { } known || mention.LastDay > known.Mention.LastDay)
                {
                    latest = (mention, line.Span.Sub(mention.Start, mention.Length));
                }
            }
        }

        return latest;
    }

    /// <summary>The first publication whose local date is after <paramref name="lastDay"/>.</summary>
    private static Publication? FirstAfter(IEnumerable<Publication> publications, LocalDate lastDay) =>
        publications.FirstOrDefault(p => p.Local.Date > lastDay);
}
