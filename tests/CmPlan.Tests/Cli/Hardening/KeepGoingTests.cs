using System.Text;

namespace CmPlan.Tests.Cli.Hardening;

/// <summary>
/// Issue 13, finding 8: one bad entry in a folder — a name that is not UTF-8, a file that cannot be
/// read — is reported, every other plan is still checked, formatted or fixed, and the run exits 2.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class KeepGoingTests : IDisposable
{
    private const string Broken = "channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  repeat every 7d\n  text \"Bonjour\"\n";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    /// <summary>A plan named <c>caf\xe9.cmplan</c> (Latin-1, not UTF-8), written through bash since .NET names are strings.</summary>
    private void WriteLatin1Name()
    {
        var run = Shell.Run("printf 'channel x\\n' > \"$(printf 'plans/caf\\351.cmplan')\"", temp.Path);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void A_file_name_that_is_not_utf8_is_reported_and_the_others_are_checked()
    {
        temp.Write("plans/a.cmplan", Broken);
        temp.Write("plans/z.cmplan", Broken);
        WriteLatin1Name();

        var run = Cmd.Run(temp.Path, "check", "plans", "--now", "2027-02-01");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("cmplan: cannot read plans/caf\uFFFD.cmplan: the file name is not valid UTF-8\ncmplan: 1 file could not be read\n", run.Error);
        Assert.Contains("plans/a.cmplan:6:10: error unbounded-repost", run.Out, StringComparison.Ordinal);
        Assert.Contains("plans/z.cmplan:6:10: error unbounded-repost", run.Out, StringComparison.Ordinal);
        Assert.Contains(" in 2 files\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_pipe_in_a_folder_is_reported_and_the_others_are_formatted()
    {
        temp.Write("plans/a.cmplan", "channel x\n\n\n\npost a\n      on x\n      at 2027-03-02 09:00\n");
        SafeWrites.ReadOnly.RunTool("mkfifo", temp.Full("plans/pipe.cmplan"));
        var run = Cmd.Run(temp.Path, "format", "plans");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("cmplan: cannot read plans/pipe.cmplan: a named pipe, not a regular file\n", run.Error);
        Assert.Equal("1 file reformatted, 0 files left unchanged\n", run.Out);
        Assert.Equal("channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n", temp.Read("plans/a.cmplan"));
    }

    [Fact]
    public void Fix_reports_the_entries_it_cannot_read_and_fixes_the_others()
    {
        temp.Write("plans/a.cmplan", Broken);
        SafeWrites.ReadOnly.RunTool("mkfifo", temp.Full("plans/pipe.cmplan"));
        WriteLatin1Name();

        var run = Cmd.Run(temp.Path, "fix", "plans", "--now", "2027-02-01");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("cmplan: cannot read plans/caf\uFFFD.cmplan: the file name is not valid UTF-8\ncmplan: cannot read plans/pipe.cmplan: a named pipe, not a regular file\n", run.Error);
        Assert.Equal(
            "plans/a.cmplan:6:10: unbounded-repost: Stop on Tue 11 May 2027 09:00, at its 10th repost, max-repeats 10 (add 'until 2027-05-11 09:00')\n"
            + "Applied 1 fix in 1 file; 0 errors remain; 2 files could not be fixed.\n",
            run.Out);
        Assert.Contains("  repeat every 7d until 2027-05-11 09:00\n", temp.Read("plans/a.cmplan"), StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_of_only_unreadable_plans_fixes_nothing_and_exits_2()
    {
        SafeWrites.ReadOnly.RunTool("mkfifo", temp.Full("pipe.cmplan"));
        var run = Cmd.Run(temp.Path, "fix", "pipe.cmplan");
        Assert.Equal((2, "cmplan: cannot read pipe.cmplan: a named pipe, not a regular file\n", "Applied 0 fixes in 0 files; 0 errors remain; 1 file could not be fixed.\n"), (run.ExitCode, run.Error, run.Out));
    }

    [Fact]
    public void An_unreadable_file_is_reported_and_the_others_are_checked()
    {
        // Root reads any file whatever its mode: then the CLI runs as another user (setpriv).
        temp.Write("plans/a.cmplan", Broken);
        temp.Write("plans/secret.cmplan", Broken);
        File.SetUnixFileMode(temp.Full("plans/secret.cmplan"), UnixFileMode.None);
        var run = AsUser.Run("cmplan check plans --now 2027-02-01", temp.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("cmplan: cannot read plans/secret.cmplan: permission denied\ncmplan: 1 file could not be read\n", run.Error);
        Assert.Contains("plans/a.cmplan:6:10: error unbounded-repost", run.Out, StringComparison.Ordinal);
        Assert.Contains(" in 1 file\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Stdin_name_is_not_confused_with_a_file_called_stdin() =>
        Assert.Contains("<stdin>:", Cmd.RunWithInput(temp.Path, Encoding.UTF8.GetBytes(Broken), "check", "-", "--now", "2027-02-01").Out, StringComparison.Ordinal);
}
