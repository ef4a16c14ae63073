using System.Security.Cryptography;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Cli.SafeWrites;

/// <summary>
/// The disk refuses the new bytes half-way: the real <c>cmplan</c> must report it, exit 1, delete
/// its temporary file and leave the plan as it was. Two real refusals, no seam in the product:
/// a file size limit (<c>ulimit -f</c>: EFBIG, works for any user on any Linux) and a full 64 KiB
/// tmpfs (ENOSPC), mounted in a user namespace where the system allows one (skipped elsewhere).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class FullDiskTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    /// <summary>About 40 KB that both commands rewrite (wider indentation, unbounded repeats).</summary>
    private static string BigPlan()
    {
        var text = new System.Text.StringBuilder("channel x\n\n");
        for (var i = 0; i < 400; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"post p{i}\n    on x\n    at 2027-03-02 09:00\n    repeat every 7d\n    text \"Bonjour {i}\"\n\n");
        }

        return text.ToString();
    }

    [Theory]
    [MemberData(nameof(SafeWriteTests.Commands), MemberType = typeof(SafeWriteTests))]
    public void Past_the_file_size_limit_the_plan_is_left_intact(string command)
    {
        var path = temp.Write("big.cmplan", BigPlan());
        var before = SHA256.HashData(File.ReadAllBytes(path));

        // 16 KiB at most per file; SIGXFSZ ignored so that write(2) fails with EFBIG instead of killing
        // the process; W^X off because the runtime's double-mapped code file would hit the limit too.
        var run = CmplanProcess.Run(
            "bash",
            ["-c", "trap '' XFSZ; ulimit -f 16; exec \"$0\" \"$@\"", CmplanProcess.Dotnet, CmplanProcess.Dll, .. SafeWriteTests.Args(command, "big.cmplan")],
            temp.Path,
            new Dictionary<string, string> { ["DOTNET_EnableWriteXorExecute"] = "0" });

        Assert.Equal("cmplan: big.cmplan: cannot write (file too large for the file system); left unchanged\n", run.Error);
        Assert.Equal(SafeWriteTests.FailedWriteExit(command), run.ExitCode);
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(path)));
        Assert.Equal(["big.cmplan"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [UserNamespaceTheory]
    [MemberData(nameof(SafeWriteTests.Commands), MemberType = typeof(SafeWriteTests))]
    public void On_a_full_file_system_the_plan_is_left_intact(string command)
    {
        var lines = OnSmallDisk(command, []);
        Assert.Equal(2, Sums(lines).Count());
        Assert.Equal("big.cmplan", lines[^1]);
    }

    [UserNamespaceTheory]
    [InlineData("fix")]
    public void A_hard_linked_plan_written_in_place_on_a_full_file_system_is_left_intact(string command)
    {
        // A file with two names is written in place (a rename would split them): the room the
        // longer text needs is taken before a byte of the plan changes, so a disk filled to the
        // last byte leaves it whole.
        var lines = OnSmallDisk(command, ["ln disk/big.cmplan disk/other.cmplan", "{ cat /dev/zero > disk/filler 2>/dev/null || true; }"]);
        Assert.Contains("links=2", lines);
        Assert.Equal(["big.cmplan", "filler", "other.cmplan"], lines[^3..]);
    }

    /// <summary>
    /// Inside a user namespace: a 64 KiB tmpfs holding the 40 KB plan (and what <paramref name="setup"/>
    /// adds), the command, then what is left. Checks the command failed with ENOSPC and every copy of
    /// the plan is still the original; returns the lines printed after it (checksums, links, entries).
    /// </summary>
    private string[] OnSmallDisk(string command, string[] setup)
    {
        File.WriteAllText(temp.Full("big.cmplan.orig"), BigPlan());
        Directory.CreateDirectory(temp.Full("disk"));
        string[] steps =
        [
            "mount -t tmpfs -o size=64k tmpfs disk",
            "cp big.cmplan.orig disk/big.cmplan",
            .. setup,
            "cd disk",
            $"{{ \"$0\" \"$@\" {string.Join(' ', SafeWriteTests.Args(command, "big.cmplan"))}; echo \"exit=$?\"; }}",
            "sha256sum *.cmplan ../big.cmplan.orig",
            "stat -c 'links=%h' big.cmplan",
            "ls -A",
        ];
        var run = CmplanProcess.Run("unshare", ["--user", "--map-root-user", "--mount", "bash", "-c", string.Join(" && ", steps), CmplanProcess.Dotnet, CmplanProcess.Dll], temp.Path);

        Assert.Equal("cmplan: big.cmplan: cannot write (No space left on device); left unchanged\n", run.Error);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains($"exit={SafeWriteTests.FailedWriteExit(command)}", lines);
        Assert.Single(Sums(lines).Distinct());
        return lines;
    }

    /// <summary>sha256sum's checksums only: fix also lists the diagnostics that remain.</summary>
    private static IEnumerable<string> Sums(string[] lines) =>
        lines.Where(l => l.Length > 66 && l[64] == ' ' && l[..64].All(char.IsAsciiHexDigitLower)).Select(l => l[..64]);
}
