using CmPlan.Analysis.Configuration;
using CmPlan.Tests.Cli.SafeWrites;

namespace CmPlan.Tests.Cli.Hardening;

/// <summary>
/// Issue 13, finding 5: <c>fix</c> and <c>format</c> keep what the file was — its other hard links,
/// owner and group (as root, and as a plain user who may write a colleague's group-writable file),
/// mode, ACL and extended attributes — with the real <c>setfacl</c> and <c>setfattr</c>.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class FaithfulWriteTests : IDisposable
{
    /// <summary>Both commands change it: <c>fix</c> bounds the repeat, <c>format</c> re-indents.</summary>
    private const string Plan = "# Owner: Julie. Do not edit without approval.\nchannel x\n\npost a\n    on x\n    at 2027-03-02 09:00\n    repeat every 7d\n    text \"Bonjour\"\n";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    public static TheoryData<string> Commands => SafeWriteTests.Commands;

    private static string[] Args(string command, string file) => SafeWriteTests.Args(command, file);

    private static string Script(string command, string file) => "cmplan " + string.Join(' ', Args(command, file));

    private string[] Entries(string folder) =>
        [.. Directory.GetFileSystemEntries(temp.Full(folder)).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    private static FileStatus Status(string path) => FileStatus.OfLink(path) ?? throw new InvalidOperationException(path);

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_hard_link_stays_one_file(string command)
    {
        var path = temp.Write("a.cmplan", Plan);
        Tool("ln", path, temp.Full("same.cmplan"));
        var run = Cmd.Run(temp.Path, Args(command, "a.cmplan"));

        Assert.Equal("", run.Error);
        var written = temp.Read("a.cmplan");
        Assert.NotEqual(Plan, written);
        Assert.Equal(written, temp.Read("same.cmplan"));
        Assert.Equal(2, Status(path).Links);
        Assert.Equal(["a.cmplan", "same.cmplan"], Entries("."));
    }

    [RequiresToolsTheory("setfacl", "getfacl", "setfattr", "getfattr")]
    [MemberData(nameof(Commands))]
    public void Acl_and_extended_attributes_are_kept(string command)
    {
        // mask::rw- with group::r--: a rename to a plain 0660 file would make the group's read-only access writable.
        var path = temp.Write("a.cmplan", Plan);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        Tool("setfacl", "-m", "u:4242:rw-", path);
        Tool("setfattr", "-n", "user.origin", "-v", "Julie", path);
        var acl = Tool("getfacl", "-n", "-p", path);
        var attributes = Tool("getfattr", "-d", "-m", "-", "--absolute-names", path);
        Assert.Contains("mask::rw-", acl, StringComparison.Ordinal);

        var run = Cmd.Run(temp.Path, Args(command, "a.cmplan"));
        Assert.Equal("", run.Error);
        Assert.NotEqual(Plan, temp.Read("a.cmplan"));
        Assert.Equal(acl, Tool("getfacl", "-n", "-p", path));
        Assert.Equal(attributes, Tool("getfattr", "-d", "-m", "-", "--absolute-names", path));
        Assert.Equal(["a.cmplan"], Entries("."));
    }

    [RequiresToolsTheory("chown", Root = true)]
    [MemberData(nameof(Commands))]
    public void Owner_and_group_are_kept_when_root_writes_someone_elses_file(string command)
    {
        var path = temp.Write("a.cmplan", Plan);
        Tool("chown", "4100:4300", path);
        var run = Cmd.Run(temp.Path, Args(command, "a.cmplan"));

        Assert.Equal("", run.Error);
        Assert.NotEqual(Plan, temp.Read("a.cmplan"));
        var status = Status(path);
        Assert.Equal((4100, 4300), (status.Owner, status.Group));
        Assert.Equal(["a.cmplan"], Entries("."));
    }

    [RequiresToolsTheory("chown", "setpriv", Root = true)]
    [MemberData(nameof(Commands))]
    public void A_plain_user_writing_a_colleagues_group_writable_file_leaves_it_hers(string command)
    {
        // Alice (4100) owns the plan and the folder; the team (4300) may write both; the CLI runs as 4242, in the team.
        temp.Write("shared/a.cmplan", Plan);
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead;
        File.SetUnixFileMode(temp.Full("shared/a.cmplan"), mode);
        File.SetUnixFileMode(temp.Full("shared"), (UnixFileMode)0b111_111_101);
        Tool("chown", "-R", $"4100:{AsUser.Team}", temp.Full("shared"));

        var run = AsUser.Run(Script(command, "shared/a.cmplan"), temp.Path);
        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.NotEqual(Plan, temp.Read("shared/a.cmplan"));
        var status = Status(temp.Full("shared/a.cmplan"));
        Assert.Equal((4100, AsUser.Team, (int)mode), (status.Owner, status.Group, status.Mode));
        Assert.Equal(["a.cmplan"], Entries("shared"));
    }

    private static string Tool(string tool, params string[] args)
    {
        var run = Support.CmplanProcess.Run(tool, args, Path.GetTempPath());
        Assert.True(run.ExitCode == 0, $"{tool} {string.Join(' ', args)}: {run.Error}");
        return run.Out;
    }
}
