using CmPlan.Tests.Support;

namespace CmPlan.Tests.Cli.Hardening;

/// <summary>
/// Issue 13, finding 4: only regular files are read, at most 64 MB, and never by waiting — a device,
/// a named pipe (as a plan or as <c>cmplan.json</c>), a file too large: one clear exit-2 message
/// naming the file, at once.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class SpecialFileTests : IDisposable
{
    private const string Plan = "channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  text \"Bonjour\"\n";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Dev_zero_is_refused_at_once() =>
        Cmd.Run(temp.Path, "check", "/dev/zero").AssertUsageError("cmplan: cannot read /dev/zero: a character device, not a regular file");

    [Fact]
    public void A_plan_linked_to_dev_zero_named_on_the_command_line_is_refused()
    {
        File.CreateSymbolicLink(temp.Full("zero.cmplan"), "/dev/zero");
        Cmd.Run(temp.Path, "check", "zero.cmplan").AssertUsageError("cmplan: cannot read zero.cmplan: a character device, not a regular file");
    }

    [Fact]
    public void A_named_pipe_plan_is_refused_without_waiting_for_a_writer()
    {
        ReadOnlyTool("mkfifo", temp.Full("x.cmplan"));
        Cmd.Run(temp.Path, "check", "x.cmplan").AssertUsageError("cmplan: cannot read x.cmplan: a named pipe, not a regular file");
    }

    [Theory]
    [InlineData("fifo")]
    [InlineData("zero")]
    public void A_cmplan_json_that_is_not_a_regular_file_is_refused(string kind)
    {
        temp.Write("plan.cmplan", Plan);
        if (kind == "fifo")
        {
            ReadOnlyTool("mkfifo", temp.Full("cmplan.json"));
        }
        else
        {
            File.CreateSymbolicLink(temp.Full("cmplan.json"), "/dev/zero");
        }

        var reason = kind == "fifo" ? "a named pipe" : "a character device";
        Cmd.Run(temp.Path, "check", "plan.cmplan").AssertUsageError($"cmplan: cmplan.json: cannot read the file: {reason}, not a regular file");
    }

    [Fact]
    public void A_plan_over_64_mb_is_refused_naming_it()
    {
        using (var stream = File.Create(temp.Full("huge.cmplan")))
        {
            stream.SetLength((64L * 1024 * 1024) + 1);
        }

        Cmd.Run(temp.Path, "check", "huge.cmplan").AssertUsageError("cmplan: cannot read huge.cmplan: larger than 64 MB");
    }

    [Fact]
    public void Stdin_over_64_mb_is_refused()
    {
        var run = Cmd.RunWithInput(temp.Path, new byte[(64 * 1024 * 1024) + 1], "check", "-");
        run.AssertUsageError("cmplan: cannot read <stdin>: larger than 64 MB");
    }

    [Fact]
    public void The_language_server_does_not_block_on_a_named_pipe_cmplan_json()
    {
        // The server loads the nearest cmplan.json of each document it opens: a pipe must be an error, not a wait.
        temp.Write("plan.cmplan", Plan);
        ReadOnlyTool("mkfifo", temp.Full("cmplan.json"));
        var run = Shell.Run(
            """
            uri="file://$PWD/plan.cmplan"
            body() { printf 'Content-Length: %d\r\n\r\n%s' "${#1}" "$1"; }
            {
              body '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}'
              body '{"jsonrpc":"2.0","method":"initialized","params":{}}'
              body '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"'"$uri"'","languageId":"cmplan","version":1,"text":"channel x\n"}}}'
              sleep 2
              body '{"jsonrpc":"2.0","id":2,"method":"shutdown"}'
              body '{"jsonrpc":"2.0","method":"exit"}'
            } | timeout 60 "$CMPLAN_DOTNET" "$CMPLAN_DLL" lsp
            """,
            temp.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("textDocument/publishDiagnostics", run.Out, StringComparison.Ordinal);
        Assert.Contains("\"id\":2", run.Out, StringComparison.Ordinal);
    }

    private static void ReadOnlyTool(string tool, params string[] args) => SafeWrites.ReadOnly.RunTool(tool, args);
}
