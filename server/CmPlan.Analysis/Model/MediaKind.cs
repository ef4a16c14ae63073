namespace CmPlan.Analysis.Model;

/// <summary>What a <c>media</c> is, from its extension (contract §3 Media).</summary>
public enum MediaKind
{
    Unknown,
    Image,
    Video,
}
