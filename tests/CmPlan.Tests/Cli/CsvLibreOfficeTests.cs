using System.Text;
using CmPlan.Tests.Cli.Hardening;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Cli;

/// <summary>
/// <c>schedule --format csv</c> read by the real LibreOffice Calc: the CSV is imported with its
/// character set left for Calc to find (the BOM says UTF-8), saved as a spreadsheet, and that
/// spreadsheet exported again as UTF-8 CSV; every text, media and alt must come back as written —
/// accents, emoji (a ZWJ sequence too), quotes, commas and the line breaks inside a text block.
/// </summary>
public sealed class CsvLibreOfficeTests : IDisposable
{
    private const string Plan = """
        plan "Printemps 2027"
          timezone Europe/Paris

        channel x

        channel insta
          network instagram

        post fête
          on x, insta
          at 2027-03-28 02:30
          media "visuels/la fête.png" alt "Affiche « Fête du printemps », 28 mars"
          media https://example.org/teaser.mp4
          status review
          tags printemps, fête
          text x "Fête du printemps 🌸 : « venez \"nombreux\", c'est gratuit ! »"
          text insta
            Fête du printemps 🌷👩‍💻

            Dimanche 28 mars, 10h–18h, à la boutique de Grasse.
            #printemps #savonartisanal

        """;

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [RequiresSofficeFact]
    public void Accents_emoji_and_line_breaks_survive_a_round_trip_through_libreoffice_calc()
    {
        Assert.True(Shell.Has("soffice"), "CI is set but soffice is missing: run tools/install.sh (Debian libreoffice-calc-nogui)");
        temp.Write("plan.cmplan", Plan);
        var written = Shell.Run("cmplan schedule plan.cmplan --format csv > plan.csv", temp.Path);
        Assert.Equal(0, written.ExitCode);
        var bytes = File.ReadAllBytes(temp.Full("plan.csv"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);

        // The import names the separator and the quote, not the character set: Calc finds it from the BOM.
        Soffice("--infilter=CSV:44,34,,1", "--convert-to", "ods", "--outdir", temp.Full("ods"), temp.Full("plan.csv"));
        Soffice("--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", temp.Full("back"), temp.Full("ods/plan.ods"));

        var original = Rows(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        var back = Rows(File.ReadAllText(temp.Full("back/plan.csv"), new UTF8Encoding(false)));
        Assert.Equal(3, original.Count);
        Assert.Equal(original.Count, back.Count);
        Assert.Equal(original[0], back[0]);
        string[] kept = ["timezone", "utc", "channel", "network", "post", "repost", "text", "link", "media", "alt", "tags", "status"];
        foreach (var column in kept.Select(name => Array.IndexOf([.. original[0]], name)))
        {
            Assert.Equal(original.Select(r => r[column]), back.Select(r => r[column]));
        }

        var insta = back.Single(r => r[3] == "insta");
        Assert.Equal("Fête du printemps 🌷👩‍💻\n\nDimanche 28 mars, 10h–18h, à la boutique de Grasse.\n#printemps #savonartisanal", insta[7]);
        Assert.Equal("Fête du printemps 🌸 : « venez \"nombreux\", c'est gratuit ! »", back.Single(r => r[3] == "x")[7]);
        Assert.Equal("Affiche « Fête du printemps », 28 mars | ", insta[10]);

        // Calc reads the date column as a date and time (03:30: 02:30 does not exist that day in Paris).
        Assert.StartsWith("2027-03-28 03:30", back[1][0], StringComparison.Ordinal);
    }

    /// <summary>
    /// Publer's file (no BOM: the import names UTF-8) read back the same way: the row carries the
    /// post's main text whole, its first media URL, and the time it really goes out.
    /// </summary>
    [RequiresSofficeFact]
    public void The_publer_profile_survives_a_round_trip_through_libreoffice_calc()
    {
        Assert.True(Shell.Has("soffice"), "CI is set but soffice is missing: run tools/install.sh (Debian libreoffice-calc-nogui)");
        temp.Write("plan.cmplan", Plan);
        Assert.Equal(0, Shell.Run("cmplan schedule plan.cmplan --format csv --profile publer > publer.csv 2> losses.txt", temp.Path).ExitCode);

        Soffice("--infilter=CSV:44,34,76,1", "--convert-to", "ods", "--outdir", temp.Full("ods"), temp.Full("publer.csv"));
        Soffice("--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", temp.Full("back"), temp.Full("ods/publer.ods"));

        var original = Rows(File.ReadAllText(temp.Full("publer.csv"), new UTF8Encoding(false)));
        var back = Rows(File.ReadAllText(temp.Full("back/publer.csv"), new UTF8Encoding(false)));
        Assert.Equal(["Date", "Text", "Link(s)", "Media URL(s)"], back[0]);
        Assert.Equal(2, back.Count);
        Assert.Equal(original[1][1..], back[1][1..]);
        Assert.Equal("Fête du printemps 🌷👩‍💻\n\nDimanche 28 mars, 10h–18h, à la boutique de Grasse.\n#printemps #savonartisanal", back[1][1]);
        Assert.Equal("https://example.org/teaser.mp4", back[1][3]);
        Assert.StartsWith("2027-03-28 03:30", back[1][0], StringComparison.Ordinal);
        Assert.Contains("cmplan: publer: 1 local media file not carried", File.ReadAllText(temp.Full("losses.txt")), StringComparison.Ordinal);
    }

    private void Soffice(params string[] args)
    {
        // A profile of its own: no first-start dialog, no clash with a running LibreOffice.
        var profile = new Uri(temp.Full("profile")).AbsoluteUri;
        var (exitCode, output, error) = CmplanProcess.Run("soffice", ["--headless", "--norestore", $"-env:UserInstallation={profile}", .. args], temp.Path);
        Assert.True(exitCode == 0, $"soffice {string.Join(' ', args)} exited {exitCode}: {output} {error}");
    }

    /// <summary>RFC 4180 records: fields split on commas outside quotes, a doubled quote inside quotes is one quote, CRLF or LF ends a record.</summary>
    private static List<string[]> Rows(string csv)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }
}
