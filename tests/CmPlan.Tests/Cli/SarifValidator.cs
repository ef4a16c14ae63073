using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Cli;

/// <summary>
/// Runs Microsoft's <c>sarif-multitool validate --rule-kind "Sarif;Ghas"</c> (installed by
/// <c>tools/install.sh</c>) and fails with its output on any error or warning. The binary is called
/// directly: the npm shim runs it through a shell, which would split <c>Sarif;Ghas</c> at the <c>;</c>.
/// </summary>
public static partial class SarifValidator
{
    public static string Binary
    {
        get
        {
            var platform = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "win32"
                : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "darwin" : "linux";
            var exe = platform == "win32" ? "Sarif.Multitool.exe" : "Sarif.Multitool";
            return Path.Combine(Repo.Root(), "tools", "node_modules", "@microsoft", $"sarif-multitool-{platform}", exe);
        }
    }

    public static void AssertValid(string sarif)
    {
        Assert.True(File.Exists(Binary), $"sarif-multitool is missing ({Binary}): run tools/install.sh");
        var file = Path.Combine(Path.GetTempPath(), $"cmplan-{Guid.NewGuid():N}.sarif");
        File.WriteAllText(file, sarif);
        try
        {
            var start = new ProcessStartInfo(Binary)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "validate", file, "--rule-kind", "Sarif;Ghas", "--level", "Error;Warning" })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start sarif-multitool");
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var all = output + error.Result;
            Assert.True(
                all.Contains("Analysis completed successfully", StringComparison.Ordinal) && !Problem().IsMatch(all),
                $"sarif-multitool validate reported problems (exit {process.ExitCode}):\n{all}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"^\S.*\(\d+(,\d+)?\): (error|warning) ", RegexOptions.Multiline)]
    private static partial Regex Problem();
}
