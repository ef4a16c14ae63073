using System.Globalization;
using System.Text;

namespace CmPlan.Bench.Report;

/// <summary>Markdown tables and the number formats of the report.</summary>
internal static class Markdown
{
    /// <summary>A table whose columns of numbers (every cell starts with a digit) are right-aligned.</summary>
    public static void Table(StringBuilder text, string[] headers, IEnumerable<string[]> rows)
    {
        var all = rows.ToList();
        text.Append("| ").AppendJoin(" | ", headers).Append(" |\n");
        text.Append('|').AppendJoin("", headers.Select((_, k) => all.All(r => r[k].Length > 0 && char.IsAsciiDigit(r[k][0])) ? "---:|" : "---|")).Append('\n');
        foreach (var row in all)
        {
            text.Append("| ").AppendJoin(" | ", row).Append(" |\n");
        }

        text.Append('\n');
    }

    /// <summary>Milliseconds with three significant digits or so: 0.482 ms, 12.3 ms, 412 ms.</summary>
    public static string Ms(double? ms) => ms switch
    {
        null => "—",
        < 1 => F(ms.Value, "0.000") + " ms",
        < 10 => F(ms.Value, "0.00") + " ms",
        < 100 => F(ms.Value, "0.0") + " ms",
        _ => F(ms.Value, "#,0") + " ms",
    };

    public static string Ratio(double? ratio) => ratio is { } r ? F(r, r < 10 ? "0.00" : "0.0") + "×" : "—";

    public static string Mb(double? bytes) => bytes is { } b ? F(b / 1_000_000, b < 10_000_000 ? "0.00" : "#,0.0") + " MB" : "—";

    public static string Int(long value) => F(value, "#,0");

    public static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
