namespace CmPlan.Bench.Content;

/// <summary>The <c>plan</c> block.</summary>
public sealed class PlanInfoDto
{
    public string Name { get; set; } = "";

    public string Timezone { get; set; } = "UTC";

    public string? Start { get; set; }

    public string? End { get; set; }
}
