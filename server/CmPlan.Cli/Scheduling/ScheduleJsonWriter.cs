using System.Text.Json;
using CmPlan.Cli.Json;
using CmPlan.Grammar.Values;

namespace CmPlan.Cli.Scheduling;

/// <summary>
/// The schedule JSON of contract §6: the zone, then the publications in the schedule's order, each
/// with <c>post</c>, <c>channel</c>, <c>at</c>, <c>repost</c>, and where they apply <c>queue</c>,
/// <c>text</c> (the channel's: its variant, else the plain text), <c>link</c>, <c>media</c>
/// (<c>[{src, kind, alt}]</c>, alt when set), <c>status</c> (1.2), <c>expires</c> (<c>2027-04-10</c> or <c>2027-04-10T18:00</c>, local)
/// and <c>afterExpiry: true</c> — absent, not null or false, when they do not.
/// </summary>
public static class ScheduleJsonWriter
{
    public static void Write(ScheduleView view, TextWriter output) =>
        output.Write(JsonText.Build(writer =>
        {
            writer.WriteStartObject();
            writer.WriteText("timezone", view.Zone.Id);
            writer.WriteStartArray("publications");
            foreach (var scheduled in view.Publications)
            {
                WritePublication(writer, scheduled);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }));

    private static void WritePublication(Utf8JsonWriter writer, ScheduledPublication scheduled)
    {
        var publication = scheduled.Publication;
        writer.WriteStartObject();
        writer.WriteText("post", publication.Post);
        writer.WriteText("channel", publication.Channel);
        writer.WriteText("at", TimeFormats.Rfc3339.Format(publication.At.ToOffsetDateTime()));
        writer.WriteNumber("repost", publication.Repost);
        WriteOptional(writer, "queue", publication.Queue);
        WriteOptional(writer, "text", scheduled.Text);
        WriteOptional(writer, "link", scheduled.Link);
        if (!scheduled.Media.IsEmpty)
        {
            writer.WriteStartArray("media");
            foreach (var media in scheduled.Media)
            {
                writer.WriteStartObject();
                writer.WriteText("src", media.Source.Value);
                writer.WriteText("kind", media.KindName);
                WriteOptional(writer, "alt", media.Alt?.Value);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        WriteOptional(writer, "status", scheduled.Status);
        WriteOptional(writer, "expires", scheduled.Post?.Expires?.Value is { } expires ? Local(expires) : null);
        if (scheduled.AfterExpiry)
        {
            writer.WriteBoolean("afterExpiry", true);
        }

        writer.WriteEndObject();
    }

    private static string Local(DateTimeValue value) =>
        value.Time is { } time
            ? TimeFormats.IsoLocal.Format(value.Date + time)
            : TimeFormats.IsoDate.Format(value.Date);

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteText(name, value);
        }
    }
}
