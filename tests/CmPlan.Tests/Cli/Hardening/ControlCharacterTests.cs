using System.Text.Json;

namespace CmPlan.Tests.Cli.Hardening;

/// <summary>
/// Issue 13, finding 7: control characters from a plan (C0 but tab and line ends, DEL, C1) never
/// reach a terminal or a file format raw — text, GitHub, JSON and SARIF escape them, the ICS has
/// none (RFC 5545 forbids them).
/// </summary>
public class ControlCharacterTests : IDisposable
{
    /// <summary>An escape sequence in a time zone and a network: both are echoed by their invalid-value messages.</summary>
    private const string Hostile = "plan \"P\"\n  timezone Europe/Par\u001b[31mis\n\nchannel x\n  network tw\u001b[2Jitter\n\npost a\n  on x\n  at 2027-03-02 09:00\n  text \"Promo\"\n";

    private readonly TempFolder temp = new();

    public ControlCharacterTests() => temp.Write("plan.cmplan", Hostile);

    public void Dispose() => temp.Dispose();

    private CliRun Check(string format) => Cmd.Run(temp.Path, "check", "plan.cmplan", "--format", format, "--now", "2027-02-01");

    private static bool IsControl(char c) => c is (< ' ' and not '\n' and not '\t') or (>= '\u007f' and <= '\u009f');

    [Fact]
    public void Text_shows_an_escape_sequence_instead_of_obeying_it()
    {
        var run = Check("text");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("plan.cmplan:2:12: error invalid-value: 'Europe/Par\\x1b[31mis' is not a known time zone.", run.Out, StringComparison.Ordinal);
        Assert.Contains("not 'tw\\x1b[2Jitter'.", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Out, IsControl);
    }

    [Fact]
    public void Github_annotations_carry_no_escape_sequence()
    {
        var run = Check("github");
        Assert.Contains("::'Europe/Par\\x1b[31mis' is not a known time zone.", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Out, IsControl);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Json_outputs_escape_them_as_json_does(string format)
    {
        var run = Check(format);
        Assert.Contains("Europe/Par\\u001b[31mis", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Out, IsControl);
        using var document = JsonDocument.Parse(run.Out);
    }

    [Fact]
    public void Json_escapes_del_and_c1_too()
    {
        temp.Write("c1.cmplan", "plan \"P\"\n  timezone Europe/Par\u007f\u009bis\n");
        var run = Cmd.Run(temp.Path, "check", "c1.cmplan", "--format", "json");
        Assert.Contains("Europe/Par\\u007f\\u009bis", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ics_carries_no_control_character()
    {
        temp.Write("ics.cmplan", "plan \"P\"\n  timezone Europe/Paris\n\nchannel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  link https://ex.com/a\u001bBEGIN:VEVENT\n  text \"Promo \u001b[31mROUGE\u0007\u0000 fin\u007f \u009b\"\n");
        var run = Cmd.Run(temp.Path, "schedule", "ics.cmplan", "--format", "ics");
        Assert.Contains("DESCRIPTION:Promo \\\\x1b[31mROUGE\\\\x07\\\\x00 fin\\\\x7f \\\\x9b\r\n", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Out.Replace("\r\n", "", StringComparison.Ordinal), c => c < ' ' || c is >= '\u007f' and <= '\u009f');
        Assert.Single(run.Out.Split("\r\n"), l => l == "BEGIN:VEVENT");
    }
}
