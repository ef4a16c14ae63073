namespace CmPlan.Analysis;

/// <summary>What an <see cref="IMediaFiles"/> found at a media path.</summary>
public enum MediaFileStatus
{
    Found,
    Missing,

    /// <summary>The path leads out of the repository (or, outside one, the plan's folder): not looked at.</summary>
    Outside,
}
