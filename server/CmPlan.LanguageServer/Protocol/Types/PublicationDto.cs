namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>
/// One publication in <c>cmplan/schedule</c>: <see cref="At"/> is ISO 8601 with the UTC offset;
/// <see cref="Queue"/> names the queue that published it, absent for a post's own schedule;
/// <see cref="Status"/> (<c>draft</c>, <c>review</c>, <c>approved</c>) and <see cref="Media"/> (1.2)
/// are absent when the post has none.
/// </summary>
public sealed record PublicationDto(string Post, string Channel, string At, int Repost, bool AfterExpiry, string? Queue)
{
    public string? Status { get; init; }

    public MediaDto[]? Media { get; init; }
}
