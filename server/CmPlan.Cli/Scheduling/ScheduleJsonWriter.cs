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
            writer.WriteText("timezone", schedule.Zone.Id);
            writer.WriteStartArray("publications");
            foreach (var publication in schedule.Publications)
            {
                writer.WriteStartObject();
                writer.WriteText("post", publication.Post);
                writer.WriteText("channel", publication.Channel);
                writer.WriteText("at", TimeFormats.Rfc3339.Format(publication.At.ToOffsetDateTime()));
                writer.WriteNumber("repost", publication.Repost);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }));
}
