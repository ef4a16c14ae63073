using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace CmPlan.Bench.Report;

/// <summary>The machine the run was on, read from /proc and /etc/os-release at report time (the same machine, just after).</summary>
internal sealed record Machine(string Cpu, int Cores, double MemoryGiB, string Os, string DotNet)
{
    public static Machine Read() => new(
        First("/proc/cpuinfo", @"^model name\s*:\s*(.+)$") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Environment.ProcessorCount,
        double.Parse(First("/proc/meminfo", @"^MemTotal:\s*(\d+) kB") ?? "0", System.Globalization.CultureInfo.InvariantCulture) / (1024 * 1024),
        $"{First("/etc/os-release", "^PRETTY_NAME=\"?([^\"]+)\"?$") ?? RuntimeInformation.OSDescription} (kernel {Environment.OSVersion.Version})",
        RuntimeInformation.FrameworkDescription);

    /// <summary>The one-minute load average of a /proc/loadavg line.</summary>
    public static double LoadAverage(string line) =>
        double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], System.Globalization.CultureInfo.InvariantCulture);

    private static string? First(string path, string pattern) =>
        File.Exists(path) && Regex.Match(File.ReadAllText(path), pattern, RegexOptions.Multiline) is { Success: true } m ? m.Groups[1].Value.Trim() : null;
}
