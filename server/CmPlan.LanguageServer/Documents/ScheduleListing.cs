using CmPlan.Analysis.Model;
using CmPlan.LanguageServer.Protocol.Types;
using NodaTime.Text;

namespace CmPlan.LanguageServer.Documents;

/// <summary>
/// <c>cmplan/schedule</c>: the plan's zone, its channels in declaration order, each post's id and
/// the range of that id, and every publication of the document in schedule order, its time in ISO
/// 8601 with the UTC offset, whether it falls after its post's <c>expires</c>, its queue if any, and
/// its post's approval status and media (1.2) if any.
/// </summary>
public static class ScheduleListing
{
    private static readonly OffsetDateTimePattern Iso =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<Z+HH:mm>");

    public static ScheduleDto Of(OpenDocument document, PositionEncoding encoding)
    {
        var model = document.Analysis.Model;
        var posts = new Dictionary<string, PostModel>(StringComparer.Ordinal);
        foreach (var post in model.Posts)
        {
            posts.TryAdd(post.Id, post);
        }

        return new ScheduleDto(
            model.Plan.Zone.Id,
            [.. model.Channels.Select(c => c.Id)],
            [.. model.Posts.Select(p => new SchedulePostDto(p.Id, Positions.ToRange(document.Source, p.Syntax.NameOrKeywordSpan, encoding)))],
            [.. document.Analysis.Schedule.Publications.Select(p =>
            {
                var post = posts.GetValueOrDefault(p.Post);
                var expires = p.Queue is null ? post?.Expires?.Value : null;
                var afterExpiry = expires is not null && p.IsAfter(expires);
                return new PublicationDto(p.Post, p.Channel, Iso.Format(p.At.ToOffsetDateTime()), p.Repost, afterExpiry, p.Queue)
                {
                    Status = post?.Status is { } status ? ApprovalStatuses.Name(status.Value) : null,
                    Media = post is null || post.Media.IsEmpty ? null : [.. post.Media.Select(m => new MediaDto(m.Source.Value, m.KindName, m.Alt?.Value))],
                };
            })]);
    }
}
