using CmPlan.LanguageServer.Protocol.Types;
using NodaTime.Text;

namespace CmPlan.LanguageServer.Documents;

/// <summary>
/// <c>cmplan/schedule</c>: the plan's zone, its channels in declaration order, each post's id and
/// the range of that id, and every publication of the document in schedule order, its time in ISO
/// 8601 with the UTC offset, whether it falls after its post's <c>expires</c>, and its queue if any.
/// </summary>
public static class ScheduleListing
{
    private static readonly OffsetDateTimePattern Iso =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<Z+HH:mm>");

    public static ScheduleDto Of(OpenDocument document, PositionEncoding encoding)
    {
        var model = document.Analysis.Model;
        return new ScheduleDto(
            model.Plan.Zone.Id,
            [.. model.Channels.Select(c => c.Id)],
            [.. model.Posts.Select(p => new SchedulePostDto(p.Id, Positions.ToRange(document.Source, p.Syntax.NameOrKeywordSpan, encoding)))],
            [.. document.Analysis.Schedule.Publications.Select(p =>
            {
                var expires = p.Queue is null ? model.FindPost(p.Post)?.Expires?.Value : null;
                var afterExpiry = expires is not null && p.IsAfter(expires);
                return new PublicationDto(p.Post, p.Channel, Iso.Format(p.At.ToOffsetDateTime()), p.Repost, afterExpiry, p.Queue);
            })]);
    }
}
