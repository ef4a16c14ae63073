using System.Reflection;

namespace CmPlan.Cli;

/// <summary>The tool's version, from the assembly (Directory.Build.props), without the source revision the SDK may append.</summary>
public static class VersionInfo
{
    public const string ToolName = "cmplan";

    public const string InformationUri = "https://github.com/cmplan/cmplan";

    public static string Version { get; } = Read();

    private static string Read()
    {
        var informational = typeof(VersionInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return typeof(VersionInfo).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }

        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
