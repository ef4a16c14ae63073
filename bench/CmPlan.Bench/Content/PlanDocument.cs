namespace CmPlan.Bench.Content;

/// <summary>
/// A content plan as structured data: what the JSON and YAML files hold, field for field the
/// same content as the generated <c>.cmplan</c>. Values stay the strings people write ("7d",
/// "2027-03-10 12:30"), as a team's calendar file would hold them. Mutable with setters, because
/// YamlDotNet binds through them.
/// </summary>
public sealed class PlanDocument
{
    public PlanInfoDto Plan { get; set; } = new();

    public PolicyDto Policy { get; set; } = new();

    public List<ChannelDto> Channels { get; set; } = [];

    public List<QueueDto> Queues { get; set; } = [];

    public List<PostDto> Posts { get; set; } = [];
}
