using System.Text;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Cli;

/// <summary>
/// <c>schedule --format csv --profile publer</c>: Publer's bulk-upload file (docs/export.md) from a
/// French plan with variants, media, tags and statuses; every thing the file cannot carry said on
/// stderr, one line per kind, with its count and its posts; the profiles that could not be built refused.
/// </summary>
public sealed class ScheduleProfileTests : IDisposable
{
    private const string Header = "Date,Text,Link(s),Media URL(s)\r\n";

    private static readonly string[] AllLosses =
    [
        "cmplan: publer: 1 post with a different text per channel: a row carries one text (the post's main text, else its first channel's); export one channel at a time (--channel) to keep each network's text (fête)",
        "cmplan: publer: 1 row for only some of the file's channels, but Publer publishes a row on every account chosen at upload: export one channel at a time (--channel) (atelier)",
        "cmplan: publer: 2 alt texts not carried: the template's columns have no place for alt text (fête, ouverture)",
        "cmplan: publer: 1 local media file not carried: Publer takes media by public URL (fête)",
        "cmplan: publer: 1 media not carried: a row carries its post's first media only (fête)",
        "cmplan: publer: tags of 1 post not carried (fête)",
        "cmplan: publer: status of 2 posts not carried: Publer schedules every row, approved or not (fête, atelier)",
    ];

    private readonly TempFolder temp = new();

    public ScheduleProfileTests() => temp.CopyPlan("export.cmplan", "export.cmplan");

    public void Dispose() => temp.Dispose();

    private CliRun Run(params string[] args) => Cmd.Run(temp.Path, ["schedule", "export.cmplan", .. args]);

    /// <summary>One row per post and time (its three channels merged), the main text with its line breaks, the first media URL; no BOM.</summary>
    [Fact]
    public void Publer_golden_file_and_every_loss_on_stderr()
    {
        var run = Run("--format", "csv", "--profile", "publer");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(Header, run.Out, StringComparison.Ordinal);
        Golden.Verify("cli/schedule-publer.csv", run.Out);
        Assert.Equal(string.Join('\n', AllLosses) + "\n", run.Error);
    }

    [Fact]
    public void Profile_alone_means_csv() => Assert.Equal(Run("--format=csv", "--profile=publer"), Run("--profile", "publer"));

    /// <summary>One channel at a time: its own text (the variant), no merged channels, no row for another network.</summary>
    [Fact]
    public void One_channel_keeps_its_variant_and_loses_no_channel()
    {
        var run = Run("--profile", "publer", "--channel", "x");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            Header
            + "2027-03-28 10:00,\"Fête du printemps 🌸 : « venez \"\"nombreux\"\", c'est gratuit ! »\",https://example.org/fete,https://example.org/affiche.png\r\n"
            + "2027-03-31 09:00,\"Nouveaux horaires d'été : ouvert dès 9h, du mardi au dimanche ☀️\",https://example.org/horaires,https://example.org/vitrine.jpg\r\n"
            + "2027-04-04 10:00,\"Fête du printemps 🌸 : « venez \"\"nombreux\"\", c'est gratuit ! »\",https://example.org/fete,https://example.org/affiche.png\r\n",
            run.Out);
        Assert.Equal(
            string.Join('\n', AllLosses[2..6]) + "\n"
            + "cmplan: publer: status of 1 post not carried: Publer schedules every row, approved or not (fête)\n",
            run.Error);
    }

    /// <summary>Channels whose texts agree lose nothing: insta and linkedin both publish the main text.</summary>
    [Fact]
    public void Channels_sharing_a_text_merge_without_a_variant_loss()
    {
        var run = Run("--profile", "publer", "--channel", "insta", "--channel", "linkedin");
        Assert.DoesNotContain("different text per channel", run.Error, StringComparison.Ordinal);
        Assert.Contains("1 row for only some of the file's channels", run.Error, StringComparison.Ordinal);
        Assert.Equal(6, run.Out.Split("\r\n").Length); // the header, four rows (fête twice, ouverture, atelier), the end
    }

    /// <summary>A plan Publer's file carries whole: nothing on stderr.</summary>
    [Fact]
    public void Nothing_lost_nothing_said()
    {
        temp.Write("simple.cmplan", """
            plan "Boutique"
              timezone Europe/Paris

            channel x

            post soldes
              on x
              at 2027-06-30 08:00
              link https://example.org/soldes
              media https://example.org/soldes.png
              text "Les soldes d'été commencent ! Jusqu'à -50 % 🛍️"

            """);
        var run = Cmd.Run(temp.Path, "schedule", "simple.cmplan", "--profile", "publer");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal(Header + "2027-06-30 08:00,Les soldes d'été commencent ! Jusqu'à -50 % 🛍️,https://example.org/soldes,https://example.org/soldes.png\r\n", run.Out);
    }

    /// <summary>The date is the local time it really goes out: 02:30 does not exist on 28 March 2027 in Paris.</summary>
    [Fact]
    public void The_date_is_the_local_time_after_a_dst_gap()
    {
        temp.Write("dst.cmplan", "plan \"Heure d'été\"\n  timezone Europe/Paris\n\nchannel x\n\npost nuit\n  on x\n  at 2027-03-28 02:30\n  text \"On avance d'une heure cette nuit ⏰\"\n");
        var run = Cmd.Run(temp.Path, "schedule", "dst.cmplan", "--profile", "publer");
        Assert.Equal(Header + "2027-03-28 03:30,On avance d'une heure cette nuit ⏰,,\r\n", run.Out);
    }

    /// <summary>A kind of loss names its first five posts, then how many more.</summary>
    [Fact]
    public void A_long_list_of_posts_is_cut_after_five()
    {
        var plan = new StringBuilder("plan \"Étiquettes\"\n  timezone Europe/Paris\n\nchannel x\n");
        for (var i = 1; i <= 7; i++)
        {
            plan.Append($"\npost astuce-{i}\n  on x\n  at 2027-05-0{i} 09:00\n  tags astuces\n  text \"Astuce n°{i} 💡\"\n");
        }

        temp.Write("tags.cmplan", plan.ToString());
        var run = Cmd.Run(temp.Path, "schedule", "tags.cmplan", "--profile", "publer");
        Assert.Equal("cmplan: publer: tags of 7 posts not carried (astuce-1, astuce-2, astuce-3, astuce-4, astuce-5 and 2 more)\n", run.Error);
        Assert.Equal(9, run.Out.Split("\r\n").Length);
    }

    [Fact]
    public void The_help_names_the_profile_in_both_languages()
    {
        Assert.Contains("--profile <name>     csv for a scheduler's bulk upload: publer", Cmd.Run(temp.Path, "schedule", "--help").Out, StringComparison.Ordinal);
        Assert.Contains("--profile <nom>      csv pour l'import en masse", Cmd.Run(temp.Path, "schedule", "--help", "--lang", "fr").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_goes_with_csv_only() =>
        Run("--format", "json", "--profile", "publer").AssertUsageError("--profile publer writes a CSV file: it goes with --format csv, not --format json");

    [Theory]
    [InlineData("hootsuite", "--profile hootsuite is not available: Hootsuite's own help page for its bulk composer could not be found (see docs/export.md)")]
    [InlineData("agorapulse", "--profile agorapulse is not available: the readable part of Agorapulse's help page names no date column (see docs/export.md)")]
    [InlineData("buffer", "invalid --profile 'buffer': expected publer")]
    public void Profiles_not_built_are_refused(string profile, string message) =>
        Run("--format", "csv", "--profile", profile).AssertUsageError(message);
}
