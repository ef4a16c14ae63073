using NodaTime;

namespace CmPlan.Analysis.Rules.Content;

/// <summary>
/// When a dated text goes stale (contract §5): among the mentions still current at the first
/// publication (ending on or after its day), the latest end of a full date, month-year or day-month
/// if there is one, else the latest end of a year — a date is more precise than the year around it.
/// On equal ends the first mention in the text is the one reported.
/// </summary>
public sealed record StalePoint(DateMention Mention, LocalDate Day)
{
    public static StalePoint? Of(IEnumerable<DateMention> mentions, LocalDate firstPublication)
    {
        StalePoint? date = null, year = null;
        foreach (var mention in mentions)
        {
            if (mention.End(firstPublication) is not { } end || end < firstPublication)
            {
                continue;
            }

            ref var latest = ref mention.Kind == DateMentionKind.Year ? ref year : ref date;
            if (latest is null || end > latest.Day)
            {
                latest = new StalePoint(mention, end);
            }
        }

        return date ?? year;
    }
}
