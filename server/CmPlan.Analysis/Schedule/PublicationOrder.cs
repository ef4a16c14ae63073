namespace CmPlan.Analysis.Schedule;

/// <summary>
/// The schedule's order (contract §6): instant, then post id, then channel id, both ordinal;
/// the repost number last, so that two reposts a DST gap lands on one instant stay in order.
/// </summary>
public sealed class PublicationOrder : IComparer<Publication>
{
    public static PublicationOrder Instance { get; } = new();

    private PublicationOrder()
    {
    }

    public int Compare(Publication? x, Publication? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var result = x.Instant.CompareTo(y.Instant);
        if (result == 0)
        {
            result = string.CompareOrdinal(x.Post, y.Post);
        }

        if (result == 0)
        {
            result = string.CompareOrdinal(x.Channel, y.Channel);
        }

        return result != 0 ? result : x.Repost.CompareTo(y.Repost);
    }
}
