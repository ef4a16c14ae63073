namespace CmPlan.Bench.Content;

/// <summary>A post's <c>repeat every D [times N] [until D]</c>.</summary>
public sealed class RepeatDto
{
    public string Every { get; set; } = "";

    public int? Times { get; set; }

    public string? Until { get; set; }
}
