using CmPlan.Tests.Support;

namespace CmPlan.Tests.Cli.Hardening;

/// <summary>
/// A bash script around the real <c>cmplan</c>, for what only a real process shows (closed or full
/// standard streams, another user): the script calls it as <c>cmplan</c> (an exported function).
/// </summary>
public static class Shell
{
    public static (int ExitCode, string Out, string Error) Run(string script, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var env = new Dictionary<string, string>(environment ?? new Dictionary<string, string>())
        {
            ["CMPLAN_DOTNET"] = CmplanProcess.Dotnet,
            ["CMPLAN_DLL"] = CmplanProcess.Dll,
        };
        return CmplanProcess.Run("bash", ["-c", "cmplan() { \"$CMPLAN_DOTNET\" \"$CMPLAN_DLL\" \"$@\"; }; export -f cmplan\n" + script], workingDirectory, env);
    }

    /// <summary>Whether a program is on PATH.</summary>
    public static bool Has(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(folder => File.Exists(Path.Combine(folder, program)));

}
