namespace CmPlan.Bench.Content;

/// <summary>The <c>policy</c> block; <see cref="Rules"/> maps a rule id to its severity.</summary>
public sealed class PolicyDto
{
    public string? MinInterval { get; set; }

    public int? MaxRepeats { get; set; }

    public string? MaxSpan { get; set; }

    public int? MaxAutomated { get; set; }

    public string? MinGap { get; set; }

    public Dictionary<string, string> Rules { get; set; } = [];
}
