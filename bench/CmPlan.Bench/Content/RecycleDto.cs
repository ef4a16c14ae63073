namespace CmPlan.Bench.Content;

/// <summary>A queue's <c>recycle [until D] [times N]</c>.</summary>
public sealed class RecycleDto
{
    public string? Until { get; set; }

    public int? Times { get; set; }
}
