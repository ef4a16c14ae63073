using System.Collections.Immutable;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Schedule;

namespace CmPlan.Cli.Scheduling;

/// <summary>One publication with the post it comes from (null only if the plan lost it), as the schedule outputs show it.</summary>
public sealed record ScheduledPublication(Publication Publication, PostModel? Post)
{
    /// <summary>Published after its post's <c>expires</c> (a bare date covers its whole day), as <c>after-expiry</c> reports it.</summary>
    public bool AfterExpiry => Post?.Expires?.Value is { } expires && Publication.IsAfter(expires);

    /// <summary>The text this channel publishes: its variant, else the plain text (1.2).</summary>
    public string? Text => Post?.TextFor(Publication.Channel)?.Value.Content;

    public string? Link => Post?.Link?.Value;

    public ImmutableArray<PostMedia> Media => Post?.Media ?? [];

    /// <summary>The approval status as written (<c>draft</c>, <c>review</c>, <c>approved</c>); null when none.</summary>
    public string? Status => Post?.Status is { } status ? ApprovalStatuses.Name(status.Value) : null;
}
