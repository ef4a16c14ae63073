using System.Text;

namespace CmPlan.Tests.Formatting;

/// <summary>
/// Random, mostly valid plans in untidy layouts: varied indentation, spacing, blank lines, comments
/// in every place and text blocks with deeper, blank and hash-starting lines. For property tests.
/// </summary>
public static class GeneratedPlan
{
    private static readonly string[] Headers = ["post a", "post b-2", "channel x", "queue q", "policy", "plan \"P # 1\"", "post", "channel  x"];

    private static readonly string[] Properties =
        ["on x, y", "at 2027-03-02 09:00", "repeat every 7d  times 3", "link https://x.org/#a", "text \"a # b  \"", "tags a,b#c", "slots mon-fri 09:00\t12:00", "on"];

    private static readonly string[] TextLines = ["Bonjour 👋", "#hashtag", "# not a comment", "trailing  ", "x", "- item"];

    private static readonly string[] Comments = ["# c", "#", "#  spaced  ", "# cmplan-ignore", "#!x"];

    public static string Write(Random random)
    {
        var ending = random.Next(4) switch { 0 => "\r\n", 1 => "\r", _ => "\n" };
        var builder = new StringBuilder();
        void Line(string text) => builder.Append(text).Append(ending);

        Trivia(random, Line, 0);
        for (var block = random.Next(0, 5); block > 0; block--)
        {
            Line(Pick(random, Headers) + TrailingComment(random));
            var indent = new string(' ', random.Next(1, 6));
            for (var line = random.Next(0, 7); line > 0; line--)
            {
                switch (random.Next(6))
                {
                    case 0:
                        Trivia(random, Line, indent.Length);
                        break;
                    case 1:
                        Line(indent + "text" + TrailingComment(random));
                        var textIndent = indent.Length + random.Next(1, 5);
                        for (var text = random.Next(0, 5); text > 0; text--)
                        {
                            Line(random.Next(4) == 0
                                ? new string(' ', random.Next(0, 12))
                                : new string(' ', textIndent + random.Next(0, 3)) + Pick(random, TextLines));
                        }

                        break;
                    default:
                        var property = Pick(random, Properties);
                        var space = property.IndexOf(' ', StringComparison.Ordinal);
                        Line(indent + (space < 0 ? property : property[..space] + new string(' ', random.Next(1, 4)) + property[(space + 1)..]) + TrailingComment(random));
                        break;
                }
            }

            Trivia(random, Line, 0);
        }

        // Sometimes no line ending at the end of the file.
        return random.Next(3) == 0 ? builder.ToString().TrimEnd('\r', '\n') : builder.ToString();
    }

    /// <summary>A few random edits with the characters that matter to the layout: often a syntax error, sometimes not.</summary>
    public static string Mutate(Random random, string text)
    {
        const string Junk = " \t#\"\\:xé\n\r";
        var builder = new StringBuilder(text);
        for (var edit = random.Next(1, 4); edit > 0 && builder.Length > 0; edit--)
        {
            var at = random.Next(builder.Length);
            var c = Junk[random.Next(Junk.Length)];
            var kind = random.Next(3);
            if (kind != 0)
            {
                builder.Remove(at, 1);
            }

            if (kind != 1)
            {
                builder.Insert(at, c);
            }
        }

        return builder.ToString();
    }

    private static void Trivia(Random random, Action<string> line, int indent)
    {
        for (var i = random.Next(0, 4); i > 0; i--)
        {
            line(random.Next(2) == 0
                ? new string(' ', random.Next(0, 4))
                : new string(' ', random.Next(2) == 0 ? 0 : indent + random.Next(0, 3)) + Pick(random, Comments));
        }
    }

    private static string TrailingComment(Random random) =>
        random.Next(3) == 0 ? new string(random.Next(2) == 0 ? ' ' : '\t', random.Next(1, 4)) + Pick(random, Comments) + new string(' ', random.Next(0, 2)) : "";

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
