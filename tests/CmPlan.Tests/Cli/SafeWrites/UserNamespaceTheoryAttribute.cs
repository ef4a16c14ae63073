using System.Diagnostics;

namespace CmPlan.Tests.Cli.SafeWrites;

/// <summary>A theory that needs <c>unshare --user --map-root-user --mount</c> (to mount a small tmpfs without root); skipped where the system forbids it.</summary>
public sealed class UserNamespaceTheoryAttribute : TheoryAttribute
{
    private static readonly Lazy<bool> Available = new(Probe);

    public UserNamespaceTheoryAttribute()
    {
        if (!Available.Value)
        {
            Skip = "user namespaces are not available here (unshare --user --map-root-user --mount failed)";
        }
    }

    private static bool Probe()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("unshare", ["--user", "--map-root-user", "--mount", "true"]) { RedirectStandardError = true });
            if (process is null)
            {
                return false;
            }

            process.StandardError.ReadToEnd();
            return process.WaitForExit(TimeSpan.FromSeconds(30)) && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
