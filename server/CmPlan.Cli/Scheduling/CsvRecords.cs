using System.Text;

namespace CmPlan.Cli.Scheduling;

/// <summary>
/// RFC 4180 records, as every CSV the schedule writes them: CRLF after each record, a field quoted
/// when it holds a quote, a comma or a line break (its quotes doubled; line breaks inside kept).
/// </summary>
public static class CsvRecords
{
    public static void Append(StringBuilder csv, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            Field(csv, fields[i]);
        }

        csv.Append("\r\n");
    }

    private static void Field(StringBuilder csv, string value)
    {
        if (value.AsSpan().IndexOfAny("\",\r\n") < 0)
        {
            csv.Append(value);
            return;
        }

        csv.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
