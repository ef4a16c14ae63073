namespace CmPlan.Tests.Cli.Hardening;

/// <summary>
/// Runs a <see cref="Shell"/> script as another user, for what root does not see (modes do not stop
/// it) and what a plain user meets (giving a file to someone else is refused). Needs root and
/// <c>setpriv</c> (util-linux); without them the test runs the script as the current user when it
/// is not root, which meets the same refusals, and otherwise fails with the reason.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public static class AsUser
{
    /// <summary>The user that runs the script: no account is needed for <c>setpriv</c>, only numbers.</summary>
    public const int Uid = 4242;

    /// <summary>Its group, shared with the files' owner in the tests that need a group-writable file.</summary>
    public const int Team = 4300;

    public static bool IsRoot => Environment.UserName == "root";

    public static (int ExitCode, string Out, string Error) Run(string script, string workingDirectory)
    {
        if (!IsRoot)
        {
            return Shell.Run(script, workingDirectory);
        }

        Assert.True(Shell.Has("setpriv"), "setpriv (util-linux) is needed to run the CLI as another user");
        OpenUp(workingDirectory);
        var quoted = script.Replace("'", "'\\''", StringComparison.Ordinal);
        return Shell.Run(
            $"HOME=/tmp DOTNET_CLI_HOME=/tmp exec setpriv --reuid={Uid} --regid={Uid} --groups={Team} bash -c '{quoted}'",
            workingDirectory,
            new Dictionary<string, string> { ["DOTNET_NOLOGO"] = "1" });
    }

    /// <summary>The test folder and those above it must be reachable by the other user (TempFolder makes them 0700 under a umask of 077).</summary>
    private static void OpenUp(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null && dir.FullName != Path.GetTempPath().TrimEnd('/'); dir = dir.Parent)
        {
            var mode = File.GetUnixFileMode(dir.FullName);
            File.SetUnixFileMode(dir.FullName, mode | UnixFileMode.OtherExecute | UnixFileMode.OtherRead);
        }
    }
}
