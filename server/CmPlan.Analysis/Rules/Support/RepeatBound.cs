using System.Globalization;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Schedule;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;
using CmPlan.Grammar.Values;

namespace CmPlan.Analysis.Rules.Support;

/// <summary>
/// How a bounded <c>repeat</c> stops by an end date, as <c>after-expiry</c>'s fix does (contract §5):
/// with <c>times</c>, the largest count whose reposts all come before the first late one; else
/// <c>until</c> the end; when no repost fits, the repeat line goes (unsafe: it deletes a line).
/// Never <c>times 0</c>, never an <c>until</c> before the first repost.
/// </summary>
/// <param name="Edit">The edit to the repeat (or the deletion of its line).</param>
/// <param name="IsSafe">False when the repeat line is deleted.</param>
/// <param name="Description">What the edit does, for a fix title: "set 'times 2'".</param>
/// <param name="Line">The repeat's property line, deleted when <see cref="IsSafe"/> is false.</param>
public sealed record RepeatBound(TextEdit Edit, bool IsSafe, string Description, PropertySyntax? Line)
{
    /// <summary>
    /// The bound for <paramref name="repeat"/> when <paramref name="firstLate"/> (a repost) is the first
    /// publication after the end written <paramref name="endText"/>; null for an unbounded repeat
    /// (<c>unbounded-repost</c>'s fix bounds it) or a late first publication (nothing to bound).
    /// </summary>
    public static RepeatBound? By(SourceText source, PostModel post, Located<RepeatValue> repeat, Publication firstLate, string endText, Words words)
    {
        if (!repeat.Value.IsBounded || firstLate.Repost < 1)
        {
            return null;
        }

        var fits = firstLate.Repost - 1;
        if (fits == 0)
        {
            if (post.Syntax.Properties.FirstOrDefault(p => p.ValueOrKeySpan.Contains(repeat.Span.Start)) is not { } line)
            {
                return null;
            }

            var span = TextSpan.FromBounds(source.Lines[line.FirstLine].Start, source.Lines[line.LastLine].EndIncludingTerminator);
            return new RepeatBound(new TextEdit(span, string.Empty), false, words.Say(MessageId.RepeatBoundDelete), line);
        }

        if (repeat.Value.Times is { } times)
        {
            var count = fits.ToString(CultureInfo.InvariantCulture);
            return new RepeatBound(Fixes.Replace(times.Span, count), true, words.Say(MessageId.RepeatBoundTimes, ("count", words.Count(fits, Noun.Time)), ("times", count)), null);
        }

        return repeat.Value.Until is { } until
            ? new RepeatBound(Fixes.Replace(until.Span, endText), true, words.Say(MessageId.RepeatBoundUntil, ("end", endText)), null)
            : null;
    }
}
