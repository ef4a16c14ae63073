using System.Runtime.CompilerServices;
using System.Text;

namespace CmPlan.Tests.Support;

/// <summary>
/// Golden files: compares output with the checked-in file under <c>tests/CmPlan.Tests/Golden/</c>.
/// On mismatch writes <c>name.received.ext</c> beside it and fails; with <c>CMPLAN_ACCEPT=1</c>
/// it (re)writes the golden file instead.
/// </summary>
public static class Golden
{
    public static string Folder([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "Golden"));

    public static void Verify(string name, string actual)
    {
        var path = Path.Combine(Folder(), name);
        var ext = Path.GetExtension(name);
        var received = Path.ChangeExtension(path, ".received" + ext);
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("CMPLAN_ACCEPT") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            File.Delete(received);
            return;
        }

        var expected = File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(received)!);
        File.WriteAllText(received, actual, new UTF8Encoding(false));
        Assert.Fail(expected is null
            ? $"No golden file {name}: wrote {received}. Review it, then rerun with CMPLAN_ACCEPT=1."
            : $"Output differs from golden file {name}: see {received} (diff it; rerun with CMPLAN_ACCEPT=1 to accept).");
    }
}
