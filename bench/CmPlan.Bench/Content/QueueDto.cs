namespace CmPlan.Bench.Content;

/// <summary>A <c>queue</c> block.</summary>
public sealed class QueueDto
{
    public string Id { get; set; } = "";

    public List<string> On { get; set; } = [];

    public List<SlotsDto> Slots { get; set; } = [];

    public string? Start { get; set; }

    public RecycleDto? Recycle { get; set; }
}
