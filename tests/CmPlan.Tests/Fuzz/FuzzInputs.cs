using System.Text;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Fuzz;

/// <summary>
/// Seeded, reproducible fuzz inputs: mutations of the example plans and random plans from a small
/// grammar of valid-looking lines. The same seed always gives the same bytes.
/// </summary>
public static class FuzzInputs
{
    private static readonly Lazy<byte[][]> ExampleBytes = new(() =>
        [.. Directory.EnumerateFiles(Repo.Examples, "*.cmplan", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)]);

    public static IReadOnlyList<byte[]> Examples => ExampleBytes.Value;

    /// <summary>The input of a seed: even seeds mutate an example, odd seeds build a random plan (then maybe mutate it).</summary>
    public static byte[] Case(int seed)
    {
        var rng = new Random(seed);
        if (seed % 2 == 0)
        {
            return Mutate(rng, Examples[rng.Next(Examples.Count)]);
        }

        var plan = Encoding.UTF8.GetBytes(RandomPlan(rng));
        return rng.Next(3) == 0 ? Mutate(rng, plan) : plan;
    }

    public static byte[] Mutate(Random rng, byte[] input)
    {
        var bytes = input;
        var count = 1 + rng.Next(3);
        for (var i = 0; i < count; i++)
        {
            bytes = MutateOnce(rng, bytes);
        }

        return bytes;
    }

    private static byte[] MutateOnce(Random rng, byte[] bytes)
    {
        switch (rng.Next(12))
        {
            case 0: // byte flips
                {
                    var copy = (byte[])bytes.Clone();
                    var flips = 1 + rng.Next(4);
                    for (var i = 0; i < flips && copy.Length > 0; i++)
                    {
                        copy[rng.Next(copy.Length)] ^= (byte)(1 << rng.Next(8));
                    }

                    return copy;
                }

            case 1: // truncation
                return bytes[..rng.Next(bytes.Length + 1)];
            case 2: // line splice from another example
                {
                    var lines = Lines(bytes);
                    var other = Lines(Examples[rng.Next(Examples.Count)]);
                    var start = rng.Next(other.Count);
                    var take = Math.Min(other.Count - start, 1 + rng.Next(6));
                    lines.InsertRange(rng.Next(lines.Count + 1), other.GetRange(start, take));
                    return Join(lines, "\n");
                }

            case 3: // duplicated lines
                {
                    var lines = Lines(bytes);
                    if (lines.Count == 0)
                    {
                        return bytes;
                    }

                    var at = rng.Next(lines.Count);
                    var take = Math.Min(lines.Count - at, 1 + rng.Next(4));
                    lines.InsertRange(at, lines.GetRange(at, take));
                    return Join(lines, "\n");
                }

            case 4: // deleted lines
                {
                    var lines = Lines(bytes);
                    if (lines.Count == 0)
                    {
                        return bytes;
                    }

                    var at = rng.Next(lines.Count);
                    lines.RemoveRange(at, Math.Min(lines.Count - at, 1 + rng.Next(3)));
                    return Join(lines, "\n");
                }

            case 5: // indentation changes
                {
                    var lines = Lines(bytes);
                    var changes = 1 + rng.Next(4);
                    for (var i = 0; i < changes && lines.Count > 0; i++)
                    {
                        var at = rng.Next(lines.Count);
                        var text = Encoding.UTF8.GetString(lines[at]).TrimStart(' ', '\t');
                        var indent = rng.Next(5) == 0 ? "\t" : new string(' ', rng.Next(7));
                        lines[at] = Encoding.UTF8.GetBytes(indent + text);
                    }

                    return Join(lines, "\n");
                }

            case 6: // CR-only line ends
                return Join(Lines(bytes), "\r");
            case 7: // CRLF line ends (or mixed)
                {
                    var lines = Lines(bytes);
                    var sb = new List<byte>();
                    foreach (var line in lines)
                    {
                        sb.AddRange(line);
                        sb.AddRange(rng.Next(3) switch { 0 => "\r\n"u8.ToArray(), 1 => "\n"u8.ToArray(), _ => "\r\n"u8.ToArray() });
                    }

                    return [.. sb];
                }

            case 8: // invalid UTF-8 bytes
                {
                    var list = bytes.ToList();
                    var count = 1 + rng.Next(3);
                    byte[][] bad = [[0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80]];
                    for (var i = 0; i < count; i++)
                    {
                        list.InsertRange(rng.Next(list.Count + 1), bad[rng.Next(bad.Length)]);
                    }

                    return [.. list];
                }

            case 9: // huge line
                {
                    var lines = Lines(bytes);
                    var unit = rng.Next(3) switch { 0 => "a", 1 => "é ", _ => "2027-03-01 " };
                    var huge = new StringBuilder(new string(' ', 2 * rng.Next(3)))
                        .Append(rng.Next(2) == 0 ? "text " : "post ")
                        .Insert(0, "", 0);
                    for (var i = 0; i < 20_000 / unit.Length; i++)
                    {
                        huge.Append(unit);
                    }

                    lines.Insert(rng.Next(lines.Count + 1), Encoding.UTF8.GetBytes(huge.ToString()));
                    return Join(lines, "\n");
                }

            case 10: // deep indentation
                {
                    var lines = Lines(bytes);
                    var at = rng.Next(lines.Count + 1);
                    var depth = 1 + rng.Next(60);
                    for (var d = 0; d < depth; d++)
                    {
                        lines.Insert(at + d, Encoding.UTF8.GetBytes(new string(' ', 2 * d) + (d % 2 == 0 ? "post p" + d : "on x")));
                    }

                    return Join(lines, "\n");
                }

            default: // BOM, NUL and other odd characters
                {
                    var list = bytes.ToList();
                    byte[][] odd = [[0xEF, 0xBB, 0xBF], [0x00], [0x09], [0xE2, 0x80, 0xA8], [0xF0, 0x9F, 0x9A, 0xB2], [0x0D], [0x23]];
                    list.InsertRange(rng.Next(list.Count + 1), odd[rng.Next(odd.Length)]);
                    return [.. list];
                }
        }
    }

    private static List<byte[]> Lines(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n' || bytes[i] == (byte)'\r')
            {
                lines.Add(bytes[start..i]);
                if (bytes[i] == (byte)'\r' && i + 1 < bytes.Length && bytes[i + 1] == (byte)'\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < bytes.Length)
        {
            lines.Add(bytes[start..]);
        }

        return lines;
    }

    private static byte[] Join(List<byte[]> lines, string end)
    {
        var result = new List<byte>();
        var endBytes = Encoding.ASCII.GetBytes(end);
        foreach (var line in lines)
        {
            result.AddRange(line);
            result.AddRange(endBytes);
        }

        return [.. result];
    }

    private static readonly string[] Channels = ["x", "instagram", "mastodon", "linkedin"];
    private static readonly string[] Zones = ["Europe/Paris", "America/New_York", "UTC", "Australia/Lord_Howe", "Nowhere/City"];
    private static readonly string[] Days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun", "weekdays", "weekends", "daily"];

    /// <summary>A random plan of valid-looking lines, mostly well indented, with occasional mistakes.</summary>
    public static string RandomPlan(Random rng)
    {
        var sb = new StringBuilder();
        var posts = new List<string>();
        var queues = new List<string>();
        if (rng.Next(4) != 0)
        {
            sb.Append("plan \"Plan ").Append(rng.Next(100)).Append("\"\n");
            sb.Append("  timezone ").Append(Pick(rng, Zones)).Append('\n');
            sb.Append("  start ").Append(Date(rng)).Append('\n');
            if (rng.Next(2) == 0)
            {
                sb.Append("  end ").Append(Date(rng)).Append('\n');
            }
        }

        if (rng.Next(4) == 0)
        {
            sb.Append("policy\n  min-gap ").Append(rng.Next(1, 90)).Append("m\n");
        }

        var channels = Channels.Take(1 + rng.Next(Channels.Length)).ToList();
        foreach (var channel in channels)
        {
            sb.Append("channel ").Append(channel).Append('\n');
            if (rng.Next(2) == 0)
            {
                sb.Append("  slots ").Append(Slots(rng)).Append('\n');
            }
        }

        var blocks = rng.Next(1, 8);
        for (var b = 0; b < blocks; b++)
        {
            if (rng.Next(4) == 0)
            {
                var id = "q" + rng.Next(3);
                queues.Add(id);
                sb.Append("queue ").Append(id).Append('\n');
                sb.Append("  on ").Append(string.Join(", ", Subset(rng, channels))).Append('\n');
                sb.Append("  slots ").Append(Slots(rng)).Append('\n');
                if (rng.Next(2) == 0)
                {
                    sb.Append("  recycle ").Append(rng.Next(2) == 0 ? "times " + rng.Next(0, 5) : "until " + Date(rng)).Append('\n');
                }

                continue;
            }

            var post = "p" + rng.Next(10);
            posts.Add(post);
            sb.Append("post ").Append(post).Append(rng.Next(6) == 0 ? "  # cmplan-ignore off-slot" : "").Append('\n');
            if (queues.Count > 0 && rng.Next(3) == 0)
            {
                sb.Append("  queue ").Append(Pick(rng, [.. queues])).Append('\n');
            }
            else
            {
                sb.Append("  on ").Append(string.Join(", ", Subset(rng, channels))).Append('\n');
                sb.Append("  at ").Append(Date(rng)).Append(' ').Append(Time(rng)).Append('\n');
            }

            var props = rng.Next(0, 5);
            for (var p = 0; p < props; p++)
            {
                sb.Append("  ").Append(rng.Next(7) switch
                {
                    0 => "repeat every " + rng.Next(1, 30) + Pick(rng, ["d", "h", "w", "m"]) + (rng.Next(3) == 0 ? "" : " times " + rng.Next(0, 20)),
                    1 => "expires " + Date(rng) + (rng.Next(2) == 0 ? "" : " " + Time(rng)),
                    2 => "link https://example.org/" + rng.Next(100),
                    3 => "tags #a, #b" + rng.Next(3),
                    4 => "text\n    Line one of " + post + "\n    #tag",
                    5 => "repeat every " + rng.Next(1, 30) + "d until " + Date(rng),
                    _ => "text \"Post " + post + " " + new string('x', rng.Next(0, 300)) + "\"",
                }).Append('\n');
            }

            if (rng.Next(8) == 0)
            {
                sb.Append(rng.Next(3) switch { 0 => "   misindented yes\n", 1 => "  bogus value\n", _ => "\n# comment\n" });
            }
        }

        return sb.ToString();
    }

    private static string Pick(Random rng, string[] items) => items[rng.Next(items.Length)];

    private static IEnumerable<string> Subset(Random rng, List<string> items)
    {
        var chosen = items.Where(_ => rng.Next(2) == 0).ToList();
        if (chosen.Count == 0)
        {
            chosen.Add(items[rng.Next(items.Count)]);
        }

        if (rng.Next(10) == 0)
        {
            chosen.Add("unknown" + rng.Next(2));
        }

        return chosen;
    }

    private static string Date(Random rng) =>
        $"{2026 + rng.Next(3)}-{1 + rng.Next(12):00}-{1 + rng.Next(rng.Next(10) == 0 ? 31 : 28):00}";

    private static string Time(Random rng) =>
        rng.Next(8) == 0 ? Pick(rng, ["02:30", "00:00", "23:59", "24:00"]) : $"{rng.Next(24):00}:{rng.Next(4) * 15:00}";

    private static string Slots(Random rng) =>
        $"{Pick(rng, Days)} {Time(rng)}" + (rng.Next(2) == 0 ? "" : " " + Time(rng));
}
