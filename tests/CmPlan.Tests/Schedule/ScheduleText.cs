using CmPlan.Analysis.Schedule;
using CmPlan.Tests.Support;
using NodaTime;
using NodaTime.Text;

namespace CmPlan.Tests.Schedule;

/// <summary>Runs plan text through the public pipeline and prints its schedule one publication a line.</summary>
internal static class ScheduleText
{
    private static readonly OffsetDateTimePattern Iso =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<m>");

    public static PlanSchedule Expand(string plan) => Plans.Analyze(plan).Schedule;

    /// <summary>Each publication as <c>post channel 2027-03-10T12:30:00+01:00 k</c>, in schedule order.</summary>
    public static string[] Lines(string plan) => [.. Expand(plan).Publications.Select(Line)];

    /// <summary>Only the times, for plans with one post on one channel.</summary>
    public static string[] Times(string plan) => [.. Expand(plan).Publications.Select(p => Format(p.At))];

    public static string Line(Publication p) => $"{p.Post} {p.Channel} {Format(p.At)} {p.Repost}";

    public static string Format(ZonedDateTime at) => Iso.Format(at.ToOffsetDateTime());

    /// <summary>
    /// A plan (its properties separated by <c>;</c>) with one channel <c>x</c> and one post <c>p</c>
    /// on it with the given properties.
    /// </summary>
    public static string OnePost(string planProperties, params string[] postProperties) =>
        Block("plan \"Test\"", Split(planProperties))
        + "\nchannel x\n\n"
        + Block("post p", ["on x", .. postProperties, "text \"Bonjour\""]);

    /// <summary>
    /// A plan with channels <c>x</c> and <c>insta</c> and one queue <c>q</c>; each item is its id,
    /// optionally followed by properties separated by <c>;</c> (<c>"b; expires 2027-03-04"</c>).
    /// </summary>
    public static string OneQueue(string planProperties, string[] queueProperties, params string[] items) =>
        Block("plan \"Test\"", Split(planProperties))
        + "\nchannel x\nchannel insta\n\n"
        + Block("queue q", queueProperties)
        + string.Concat(items.Select(item =>
        {
            var parts = Split(item);
            return "\n" + Block("post " + parts[0], ["queue q", .. parts[1..], $"text \"{parts[0]}\""]);
        }));

    private static string[] Split(string properties) =>
        properties.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static string Block(string header, IEnumerable<string> properties) =>
        header + "\n" + string.Concat(properties.Select(p => "  " + p + "\n"));
}
