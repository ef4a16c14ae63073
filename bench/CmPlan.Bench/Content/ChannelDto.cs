namespace CmPlan.Bench.Content;

/// <summary>A <c>channel</c> block.</summary>
public sealed class ChannelDto
{
    public string Id { get; set; } = "";

    public string? Network { get; set; }

    public int? Limit { get; set; }

    public List<SlotsDto> Slots { get; set; } = [];
}
