using CmPlan.Bench.Content;

namespace CmPlan.Bench.Generation;

/// <summary>Makes the posts of one generated plan, in index order, taking their slots in the grid.</summary>
internal sealed class PostWriter(Random random, FrenchText text, SlotGrid grid, DateTime start)
{
    private static readonly string[] Slugs = ["atelier", "cargo", "révision", "balade", "conseil", "événement", "témoignage", "promo", "entretien"];

    private static readonly string[] Tags = ["entretien", "cargo", "sécurité", "événement", "atelier", "promo", "lyon", "témoignage", "b2b"];

    private int lanes;
    private int lastDay;

    /// <summary>The latest first publication of a never-ending repost.</summary>
    public int LastLaneDay { get; private set; }

    public PostDto Post(int index)
    {
        if (Mistakes.IsUnbounded(index) && lanes < Channels.Ids.Length * 7)
        {
            return Unbounded(index);
        }

        var mistake = Mistakes.Of(index);
        var multiLine = mistake is Mistake.None or Mistake.AfterExpiry && random.Next(10) < 4;
        var channels = mistake == Mistake.TooLongForX ? [0] : PickChannels(multiLine);
        var repeat = mistake switch
        {
            Mistake.AfterExpiry => new RepeatPlan("7d", 7, 3),
            Mistake.TooFrequent => new RepeatPlan("3d", 3, 2),
            Mistake.DatedText => new RepeatPlan("7d", 7, 2),
            _ => RepeatPlan.Random(random),
        };
        var (day, slot) = grid.Take(channels, d => repeat?.Offsets(start.AddDays(d)) ?? []);
        lastDay = day;
        var at = start.AddDays(day) + TimeSpan.Parse(Channels.Times[slot], System.Globalization.CultureInfo.InvariantCulture)
            + (mistake == Mistake.OffSlot ? TimeSpan.FromMinutes(15) : TimeSpan.Zero);
        var last = at.AddDays(repeat?.Offsets(at).Max() ?? 0);
        return new PostDto
        {
            Id = $"{Slugs[random.Next(Slugs.Length)]}-{index:D5}",
            On = [.. channels.Select(c => Channels.Ids[c]), .. mistake == Mistake.UnknownChannel ? ["linkdin"] : Array.Empty<string>()],
            At = PlanGenerator.Local(at),
            Repeat = repeat?.ToDto(at),
            Expires = mistake switch
            {
                Mistake.AfterExpiry => PlanGenerator.Date(at.AddDays(14)),
                Mistake.DatedText => null,
                _ => random.Next(5) == 0 ? PlanGenerator.Date(last.AddDays(1 + random.Next(30))) : null,
            },
            Link = random.Next(10) < 3 ? $"https://cycles-saone.fr/blog/{index}" : null,
            Tags = PickTags(),
            Text = mistake switch
            {
                Mistake.DatedText => text.WithDate(at),
                Mistake.TooLongForX => text.TooLongForX(at),
                _ => multiLine ? text.MultiLine(at) : text.OneLine(at),
            },
        };
    }

    public PostDto QueueItem(string queue, int queueIndex, int item) => new()
    {
        Id = $"{queue}-{item + 1:D2}",
        Queue = queue,
        Expires = item == 1 ? PlanGenerator.Date(start.AddDays(40 + (7 * queueIndex))) : null,
        Tags = PickTags(),
        Text = text.Tip(item + 1),
    };

    /// <summary>A weekly repost with no end, alone on its (channel, weekday) at the lane time.</summary>
    private PostDto Unbounded(int index)
    {
        var lane = lanes++;
        var day = lastDay + ((lane / Channels.Ids.Length) - ((int)start.AddDays(lastDay).DayOfWeek + 6) % 7 + 7) % 7;
        LastLaneDay = Math.Max(LastLaneDay, day);
        var at = start.AddDays(day) + TimeSpan.Parse(Channels.Lane, System.Globalization.CultureInfo.InvariantCulture);
        return new PostDto
        {
            Id = $"rappel-{index:D5}",
            On = [Channels.Ids[lane % Channels.Ids.Length]],
            At = PlanGenerator.Local(at),
            Repeat = new() { Every = "7d" },
            Text = text.OneLine(at),
        };
    }

    /// <summary>One channel, or two; long texts only where they fit.</summary>
    private List<int> PickChannels(bool multiLine)
    {
        var from = multiLine ? Channels.ShortOnly : 0;
        var first = from + random.Next(Channels.Ids.Length - from);
        var second = from + random.Next(Channels.Ids.Length - from);
        return random.Next(10) < 3 && second != first ? [first, second] : [first];
    }

    private List<string>? PickTags() =>
        random.Next(10) < 6 ? [.. Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Tags[random.Next(Tags.Length)]).Distinct()] : null;
}
