namespace CmPlan.Bench.Content;

/// <summary>A <c>post</c> block: scheduled on channels (<see cref="On"/>, <see cref="At"/>) or an item of a <see cref="Queue"/>.</summary>
public sealed class PostDto
{
    public string Id { get; set; } = "";

    public List<string>? On { get; set; }

    public string? At { get; set; }

    public string? Queue { get; set; }

    public RepeatDto? Repeat { get; set; }

    public string? Expires { get; set; }

    public string? Link { get; set; }

    public List<string>? Tags { get; set; }

    public string Text { get; set; } = "";
}
