namespace CmPlan.Cli.Scheduling.Export;

/// <summary>
/// Publer's bulk uploader (docs/export.md: "What CSV template should I use?" and "The Ultimate CSV
/// Bulk Scheduler", read 2026-12-03). One row per post going out at one time: the accounts are
/// chosen at upload, so a row carries no channel; its channels' publications at that time merge.
/// The columns are the template's first four, whose names and meaning Publer's pages give: <c>Date</c>
/// (local, <c>2029-11-19 20:35</c>), <c>Text</c>, <c>Link(s)</c>, <c>Media URL(s)</c> (public URLs).
/// </summary>
public sealed class PublerProfile : IExportProfile
{
    public string Name => "publer";

    public string Scheduler => "Publer";

    public IReadOnlyList<string> Columns { get; } = ["Date", "Text", "Link(s)", "Media URL(s)"];

    public IReadOnlyList<IReadOnlyList<string>> Rows(ScheduleView view, ExportLosses losses)
    {
        var channels = view.Publications.Select(p => p.Publication.Channel).Distinct(StringComparer.Ordinal).Count();
        var rows = new List<IReadOnlyList<string>>();
        foreach (var group in PostTimes.Of(view))
        {
            var first = group[0];
            var id = first.Publication.Post;
            if (group.Count < channels)
            {
                losses.Add(ExportLossKind.Channel, id, PostTimes.Key(first));
            }

            Unsupported(first, losses);
            rows.Add([TimeFormats.CsvLocal.Format(first.Publication.Local), Text(group, losses), first.Link ?? string.Empty, Media(first, losses)]);
        }

        return rows;
    }

    /// <summary>The text all the row's channels share, else the post's main text (the first channel's when it has none).</summary>
    private static string Text(IReadOnlyList<ScheduledPublication> group, ExportLosses losses)
    {
        var texts = group.Select(p => p.Text ?? string.Empty).Distinct(StringComparer.Ordinal).ToList();
        var first = group[0];
        if (texts.Count == 1)
        {
            return texts[0];
        }

        losses.Add(ExportLossKind.Variant, first.Publication.Post, first.Publication.Post);
        return first.Post?.Text?.Value.Content ?? texts[0];
    }

    /// <summary>What Publer's readable columns have no place for: tags (its Labels column's place is not known) and status.</summary>
    private static void Unsupported(ScheduledPublication publication, ExportLosses losses)
    {
        var id = publication.Publication.Post;
        if (publication.Post is { Tags.IsEmpty: false })
        {
            losses.Add(ExportLossKind.Tags, id, id);
        }

        if (publication.Status is not null)
        {
            losses.Add(ExportLossKind.Status, id, id);
        }
    }

    /// <summary>
    /// The first media given by URL. Publer's readable page does not say how several URLs share the
    /// cell, so the others are not carried, nor files next to the plan (Publer fetches public URLs).
    /// </summary>
    private static string Media(ScheduledPublication publication, ExportLosses losses)
    {
        var id = publication.Publication.Post;
        string? carried = null;
        for (var i = 0; i < publication.Media.Length; i++)
        {
            var media = publication.Media[i];
            var unit = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!media.IsUrl)
            {
                losses.Add(ExportLossKind.LocalMedia, id, unit);
            }
            else if (carried is not null)
            {
                losses.Add(ExportLossKind.ExtraMedia, id, unit);
            }
            else
            {
                carried = media.Source.Value;
                if (media.Alt is not null)
                {
                    losses.Add(ExportLossKind.Alt, id, unit);
                }
            }
        }

        return carried ?? string.Empty;
    }
}
