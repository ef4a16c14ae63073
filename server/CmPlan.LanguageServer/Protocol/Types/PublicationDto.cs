namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>
/// One publication in <c>cmplan/schedule</c>: <see cref="At"/> is ISO 8601 with the UTC offset;
/// <see cref="Queue"/> names the queue that published it, absent for a post's own schedule.
/// </summary>
public sealed record PublicationDto(string Post, string Channel, string At, int Repost, bool AfterExpiry, string? Queue);
