using System.Globalization;
using System.Text;

namespace CmPlan.Cli.Fixing;

/// <summary>
/// A unified diff (<c>diff -u</c> style, 3 lines of context) of two texts, line by line, with
/// Myers' O(ND) algorithm: fixes change a few lines of long plans, so D stays small.
/// </summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string path, string before, string after)
    {
        var a = Lines(before);
        var b = Lines(after);
        var edits = Diff(a, b);
        var output = new StringBuilder();
        output.Append("--- a/").Append(path).Append('\n').Append("+++ b/").Append(path).Append('\n');
        foreach (var hunk in Hunks(edits))
        {
            var (oldStart, oldCount, newStart, newCount) = Counts(edits, hunk.Start, hunk.End);
            output.Append(string.Create(CultureInfo.InvariantCulture, $"@@ -{oldStart},{oldCount} +{newStart},{newCount} @@\n"));
            for (var i = hunk.Start; i < hunk.End; i++)
            {
                output.Append(edits[i].Op).Append(edits[i].Text).Append('\n');
            }
        }

        return output.ToString();
    }

    private static string[] Lines(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        return text.Length > 0 && lines[^1].Length == 0 ? lines[..^1] : lines;
    }

    private readonly record struct Edit(char Op, string Text, int OldLine, int NewLine);

    /// <summary>The edit script: ' ' kept, '-' removed, '+' added, in order, with 1-based line numbers on each side.</summary>
    private static List<Edit> Diff(string[] a, string[] b)
    {
        int n = a.Length, m = b.Length, max = n + m, offset = max + 1;
        var v = new int[(2 * max) + 3];
        var trace = new List<int[]>();
        int x = 0, y = 0, depth = 0;
        for (var d = 0; d <= max; d++)
        {
            trace.Add((int[])v.Clone());
            var done = false;
            for (var k = -d; k <= d; k += 2)
            {
                x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                y = x - k;
                while (x < n && y < m && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    done = true;
                    break;
                }
            }

            if (done)
            {
                depth = d;
                break;
            }
        }

        var script = new List<Edit>();
        for (var d = depth; d >= 0; d--)
        {
            var previous = trace[d];
            var k = x - y;
            var previousK = k == -d || (k != d && previous[offset + k - 1] < previous[offset + k + 1]) ? k + 1 : k - 1;
            var previousX = d == 0 ? 0 : previous[offset + previousK];
            var previousY = previousX - previousK;
            while (x > previousX && y > previousY)
            {
                script.Add(new Edit(' ', a[x - 1], x, y));
                x--;
                y--;
            }

            if (d > 0)
            {
                if (x == previousX)
                {
                    script.Add(new Edit('+', b[y - 1], x, y));
                    y--;
                }
                else
                {
                    script.Add(new Edit('-', a[x - 1], x, y));
                    x--;
                }
            }
        }

        script.Reverse();
        return script;
    }

    /// <summary>Ranges of the script around its changes, with context, merged when they touch.</summary>
    private static List<(int Start, int End)> Hunks(List<Edit> edits)
    {
        var hunks = new List<(int Start, int End)>();
        for (var i = 0; i < edits.Count; i++)
        {
            if (edits[i].Op == ' ')
            {
                continue;
            }

            var start = Math.Max(0, i - Context);
            var end = i;
            while (end < edits.Count && (edits[end].Op != ' ' || Enumerable.Range(end, Math.Min(2 * Context, edits.Count - end)).Any(j => edits[j].Op != ' ')))
            {
                end++;
            }

            end = Math.Min(edits.Count, end + Context);
            if (hunks.Count > 0 && hunks[^1].End >= start)
            {
                hunks[^1] = (hunks[^1].Start, end);
            }
            else
            {
                hunks.Add((start, end));
            }

            i = end - 1;
        }

        return hunks;
    }

    private static (int OldStart, int OldCount, int NewStart, int NewCount) Counts(List<Edit> edits, int start, int end)
    {
        int oldCount = 0, newCount = 0;
        int? oldStart = null, newStart = null;
        for (var i = start; i < end; i++)
        {
            var edit = edits[i];
            if (edit.Op != '+')
            {
                oldStart ??= edit.OldLine;
                oldCount++;
            }

            if (edit.Op != '-')
            {
                newStart ??= edit.NewLine;
                newCount++;
            }
        }

        // An empty side names the line before the change, as diff -u does.
        return (oldStart ?? LineBefore(edits, start, old: true), oldCount, newStart ?? LineBefore(edits, start, old: false), newCount);
    }

    private static int LineBefore(List<Edit> edits, int start, bool old)
    {
        var edit = edits[start];
        return old ? edit.OldLine : edit.NewLine;
    }
}
