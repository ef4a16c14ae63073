using System.Text;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Cli;

/// <summary>A fresh folder under the system temp folder, deleted afterwards; paths inside use <c>/</c>.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cmplan-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public static string PlansFolder => System.IO.Path.Combine(Repo.Root(), "tests", "CmPlan.Tests", "Cli", "Plans");

    public string Full(string relative) => System.IO.Path.Combine(Path, relative);

    public string Write(string relative, string text) => WriteBytes(relative, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var full = Full(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    /// <summary>Copies a test plan from <c>Cli/Plans</c> to <paramref name="relative"/>.</summary>
    public string CopyPlan(string name, string relative) =>
        WriteBytes(relative, File.ReadAllBytes(System.IO.Path.Combine(PlansFolder, name)));

    public string Read(string relative) => File.ReadAllText(Full(relative));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
