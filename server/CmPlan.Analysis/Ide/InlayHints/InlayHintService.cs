using System.Collections.Immutable;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Rules;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Analysis.Schedule;
using CmPlan.Grammar.Text;
using NodaTime;

namespace CmPlan.Analysis.Ide.InlayHints;

/// <summary>
/// Inlay hints of an analysed document: after a post's <c>repeat</c> value, how many publications
/// it makes and the last one ("→ 4 publications, last Wed 24 Mar"), from the schedule as computed.
/// </summary>
public static class InlayHintService
{
    public static ImmutableArray<InlayHintInfo> Hints(AnalysisResult result, TextSpan visible)
    {
        var posts = result.Model.Posts.Where(p => p.Repeat is { } r && visible.IntersectsOrTouches(r.Span)).ToList();
        if (posts.Count == 0)
        {
            return [];
        }

        var index = KeptScheduleIndex.Of(result.Schedule);
        var today = LocalArithmetic.LocalOf(result.Now, result.Schedule.Zone, out _).Date;
        var hints = ImmutableArray.CreateBuilder<InlayHintInfo>();
        foreach (var post in posts)
        {
            var occurrences = index.OccurrencesOf(post.Id).ToList();
            if (occurrences.Count == 0 || post.Repeat is not { } repeat)
            {
                continue;
            }

            var last = occurrences[^1].Local.Date;
            var words = result.Words;
            var day = last.Year == today.Year ? words.ShortDay(last) : words.Day(last);
            var label = occurrences.Count == 1
                ? words.Say(MessageId.InlayOnce)
                : words.Say(MessageId.InlayPublications, ("count", words.Count(occurrences.Count, Noun.Publication)), ("day", day));
            hints.Add(new InlayHintInfo(repeat.Span.End, label));
        }

        return hints.ToImmutable();
    }
}
