namespace CmPlan.Tests.Cli.Hardening;

/// <summary>
/// Issue 13, finding 6: output that cannot be written is a failed run, said on stderr (exit 2, no
/// stack trace, no abort); a closed standard input is an empty input, never a wait. Real processes
/// with real <c>/dev/full</c> and closed descriptors.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class OutputFailureTests : IDisposable
{
    private const string Plan = "plan \"Printemps\"\n  timezone Europe/Paris\n\nchannel x\n\npost lancement\n  on x\n  at 2027-03-02 09:00\n  repeat every 7d times 2\n  text \"C'est parti ! 🎉\"\n";

    private readonly TempFolder temp = new();

    public OutputFailureTests() => temp.Write("plan.cmplan", Plan);

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("cmplan schedule --format ics plan.cmplan > /dev/full")]
    [InlineData("cmplan check --format sarif plan.cmplan > /dev/full")]
    [InlineData("cmplan format - < plan.cmplan > /dev/full")]
    [InlineData("cmplan check plan.cmplan > /dev/full")]
    public void A_full_disk_on_stdout_is_exit_2_with_a_message(string script)
    {
        var run = Shell.Run(script, temp.Path);
        Assert.Equal((2, "cmplan: cannot write the output: standard output: No space left on device\n"), (run.ExitCode, run.Error));
    }

    [Theory]
    [InlineData("cmplan check plan.cmplan >&-")]
    [InlineData("cmplan schedule plan.cmplan >&-")]
    [InlineData("cmplan check --format json plan.cmplan >&-")]
    public void A_closed_stdout_is_exit_2_with_a_message_not_an_abort(string script)
    {
        var run = Shell.Run(script, temp.Path);
        Assert.Equal((2, "cmplan: cannot write the output: standard output is closed (Bad file descriptor)\n"), (run.ExitCode, run.Error));
    }

    [Fact]
    public void With_stdout_and_stderr_closed_the_exit_code_still_says_it()
    {
        var run = Shell.Run("cmplan check plan.cmplan >&- 2>&-; echo \"exit=$?\" >&2", temp.Path);
        Assert.Equal("exit=2\n", run.Error);
    }

    [Fact]
    public void A_reader_that_goes_away_ends_the_run_quietly()
    {
        var lines = string.Concat(Enumerable.Range(0, 3000).Select(i => $"\npost p{i}\n  on x\n  at 2027-03-02 09:00\n  text \"Bonjour {i}\"\n"));
        temp.Write("big.cmplan", "channel x\n" + lines);
        var run = Shell.Run("cmplan schedule big.cmplan | head -1", temp.Path);
        Assert.Equal((0, "DATE            TIME   OFFSET  POST   CHANNEL  REPOST\n", ""), run);
    }

    [Theory]
    [InlineData("check -", "No problems in 1 file\nConfiguration: none (built-in defaults)\n", 0)]
    [InlineData("format -", "", 0)]
    [InlineData("lsp", "", 1)]
    public void A_closed_stdin_is_an_empty_input(string command, string output, int exitCode)
    {
        // Before: the runtime's own pipe took descriptor 0 and the read waited forever.
        var run = Shell.Run($"cmplan {command} <&-", temp.Path);
        Assert.Equal((exitCode, output, ""), run);
    }
}
