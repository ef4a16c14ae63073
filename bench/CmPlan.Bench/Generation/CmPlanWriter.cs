using System.Globalization;
using System.Text;
using CmPlan.Bench.Content;

namespace CmPlan.Bench.Generation;

/// <summary>
/// Writes a <see cref="PlanDocument"/> as a <c>.cmplan</c> file in the canonical layout, with the
/// comments a person would leave: section headers and one line per week of posts.
/// </summary>
public static class CmPlanWriter
{
    public static string Write(PlanDocument plan)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(plan.Plan.Name).Append('\n');
        Block(text, $"plan {Quoted(plan.Plan.Name)}", ("timezone", plan.Plan.Timezone), ("start", plan.Plan.Start), ("end", plan.Plan.End));
        var policy = plan.Policy;
        Block(text, "policy", [("min-interval", policy.MinInterval), ("max-repeats", Number(policy.MaxRepeats)), ("max-span", policy.MaxSpan),
            ("max-automated", policy.MaxAutomated is { } share ? $"{share}%" : null), ("min-gap", policy.MinGap),
            .. policy.Rules.Select(r => ((string, string?))("rule", $"{r.Key} {r.Value}"))]);
        text.Append("# ─── Réseaux ───\n");
        foreach (var channel in plan.Channels)
        {
            Block(text, $"channel {channel.Id}", [("network", channel.Network), ("limit", Number(channel.Limit)), .. Slots(channel.Slots)]);
        }

        text.Append("# ─── Files d'attente ───\n");
        foreach (var queue in plan.Queues)
        {
            var recycle = queue.Recycle is { } r ? Join(("until", r.Until), ("times", Number(r.Times))) : null;
            Block(text, $"queue {queue.Id}", [("on", List(queue.On)), .. Slots(queue.Slots), ("start", queue.Start), ("recycle", recycle)]);
        }

        string? week = null;
        foreach (var post in plan.Posts)
        {
            var monday = post.At is { } at ? Monday(at) : "les astuces";
            if (monday != week)
            {
                text.Append("# ─── ").Append(post.At is null ? "Astuces" : $"Semaine du {monday}").Append(" ───\n");
                week = monday;
            }

            Post(text, post);
        }

        return text.ToString();
    }

    private static void Post(StringBuilder text, PostDto post)
    {
        var repeat = post.Repeat is { } r ? Join(("every", r.Every), ("times", Number(r.Times)), ("until", r.Until)) : null;
        var multiLine = post.Text.Contains('\n', StringComparison.Ordinal);
        Block(text, $"post {post.Id}", ("queue", post.Queue), ("on", List(post.On)), ("at", post.At), ("repeat", repeat), ("expires", post.Expires),
            ("link", post.Link), ("tags", List(post.Tags)), ("text", multiLine ? "" : Quoted(post.Text)));
        if (multiLine)
        {
            // The text block: lines under `text`, blank lines kept as paragraph breaks.
            text.Length--;
            foreach (var line in post.Text.Split('\n'))
            {
                text.Append(line.Length == 0 ? "" : "    ").Append(line).Append('\n');
            }

            text.Append('\n');
        }
    }

    private static void Block(StringBuilder text, string header, params (string Key, string? Value)[] properties)
    {
        text.Append(header).Append('\n');
        foreach (var (key, value) in properties.Where(p => p.Value is not null))
        {
            text.Append("  ").Append(key).Append(value!.Length == 0 ? "" : " ").Append(value).Append('\n');
        }

        text.Append('\n');
    }

    private static IEnumerable<(string, string?)> Slots(List<SlotsDto> slots) =>
        slots.Select(s => ((string, string?))("slots", $"{s.Days} {string.Join(' ', s.Times)}"));

    private static string? Join(params (string Word, string? Value)[] parts) =>
        string.Join(' ', parts.Where(p => p.Value is not null).Select(p => $"{p.Word} {p.Value}"));

    private static string? List(List<string>? ids) => ids is null ? null : string.Join(", ", ids);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Quoted(string text) => $"\"{text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";

    private static string Monday(string at)
    {
        var date = DateTime.ParseExact(at[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return PlanGenerator.Date(date.AddDays(-(((int)date.DayOfWeek + 6) % 7)));
    }
}
