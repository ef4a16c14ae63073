using System.Collections.Immutable;
using CmPlan.LanguageServer.Protocol.Types;
using NodaTime.Text;

namespace CmPlan.LanguageServer.Documents;

/// <summary>
/// <c>cmplan/schedule</c>: every publication of the document in schedule order, its time in ISO
/// 8601 with the UTC offset, whether it falls after its post's <c>expires</c>, and its queue if any.
/// </summary>
public static class ScheduleListing
{
    private static readonly OffsetDateTimePattern Iso =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<Z+HH:mm>");

    public static ImmutableArray<PublicationDto> Of(OpenDocument document)
    {
        var model = document.Analysis.Model;
        return [.. document.Analysis.Schedule.Publications.Select(p =>
        {
            var expires = p.Queue is null ? model.FindPost(p.Post)?.Expires?.Value : null;
            var afterExpiry = expires is not null && !expires.EndIncludes(p.Local);
            return new PublicationDto(p.Post, p.Channel, Iso.Format(p.At.ToOffsetDateTime()), p.Repost, afterExpiry, p.Queue);
        })];
    }
}
