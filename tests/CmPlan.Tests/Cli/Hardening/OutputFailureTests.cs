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

    [Theory]
    [InlineData("cmplan check plan.cmplan --lang fr >&-", "la sortie standard est fermée (descripteur de fichier invalide)")]
    [InlineData("cmplan check plan.cmplan --lang fr > /dev/full", "la sortie standard\u202F: No space left on device")]
    public void A_failed_stdout_is_said_in_French(string script, string reason)
    {
        var run = Shell.Run(script, temp.Path);
        Assert.Equal((2, $"cmplan: impossible d'écrire la sortie\u202F: {reason}\n"), (run.ExitCode, run.Error));
    }

    [Fact]
    public void With_stdout_and_stderr_closed_the_exit_code_still_says_it()
    {
        var run = Shell.Run("cmplan check plan.cmplan >&- 2>&-; echo \"exit=$?\" >&2", temp.Path);
        Assert.Equal("exit=2\n", run.Error);
    }

    /// <summary>
    /// Issue 15: a reader that goes away before the output is all written (EPIPE) ends the run
    /// quietly with 141, what a shell shows for a tool a SIGPIPE ends — never 0 as if it had all
    /// been read. A real pipe: the runtime's console stream took EPIPE for success. Each output is
    /// far larger than a pipe holds.
    /// </summary>
    [Theory]
    [InlineData("cmplan schedule big.cmplan", 3000, "", "DATE            TIME   OFFSET  POST   CHANNEL  REPOST\n")]
    [InlineData("cmplan check --now 2027-02-01 big.cmplan", 3000, "\n  repeat every 7d", "big.cmplan:1:1: warning automation-ratio: In the week of Mon 8 Mar 2027, 3000 of the 3000 publications on x are reposts (100%), more than the policy's max-automated of 50%. 52 weeks are like this in all: mix in new content or repost less.\n")]
    [InlineData("cmplan check --now 2027-02-01 --format json big.cmplan", 300, "\n  repeat every 7d", "{\n")]
    public void A_reader_that_goes_away_ends_the_run_quietly_with_141(string command, int posts, string repeat, string firstLine)
    {
        WriteBigPlan(posts, repeat);
        var run = Shell.Run($"{command} | head -1; echo \"exit=${{PIPESTATUS[0]}}\" >&2", temp.Path);
        Assert.Equal((0, firstLine, "exit=141\n"), run);
    }

    [Fact]
    public void A_reader_that_reads_everything_sees_the_exit_status_of_the_check()
    {
        WriteBigPlan(3000, "\n  repeat every 7d");
        var run = Shell.Run("cmplan check --now 2027-02-01 big.cmplan | tail -1; echo \"exit=${PIPESTATUS[0]}\" >&2", temp.Path);
        Assert.Equal((0, "Configuration: none (built-in defaults)\n", "exit=1\n"), run);
    }

    private void WriteBigPlan(int posts, string repeat) =>
        temp.Write("big.cmplan", "channel x\n" + string.Concat(Enumerable.Range(0, posts).Select(i => $"\npost p{i}\n  on x\n  at 2027-03-02 09:00{repeat}\n  text \"Bonjour {i}\"\n")));

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
