using CmPlan.Analysis.Schedule;
using CmPlan.Cli.Json;

namespace CmPlan.Cli.Scheduling;

/// <summary>The schedule JSON of contract §6: the zone, then the publications in the schedule's order.</summary>
public static class ScheduleJsonWriter
{
    public static void Write(PlanSchedule schedule, TextWriter output) =>
        output.Write(JsonText.Build(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("timezone", schedule.Zone.Id);
            writer.WriteStartArray("publications");
            foreach (var publication in schedule.Publications)
            {
                writer.WriteStartObject();
                writer.WriteString("post", publication.Post);
                writer.WriteString("channel", publication.Channel);
                writer.WriteString("at", TimeFormats.Rfc3339.Format(publication.At.ToOffsetDateTime()));
                writer.WriteNumber("repost", publication.Repost);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }));
}
