namespace CmPlan.Bench.Content;

/// <summary>One <c>slots</c> line: days (<c>weekdays</c>, <c>tue, thu</c>…) and times.</summary>
public sealed class SlotsDto
{
    public string Days { get; set; } = "";

    public List<string> Times { get; set; } = [];
}
