using System.Runtime.CompilerServices;

namespace CmPlan.Tests.Support;

/// <summary>Paths inside the repository, found from this source file.</summary>
public static class Repo
{
    public static string Root([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));

    public static string Examples => Path.Combine(Root(), "examples");

    /// <summary>Every example plan, as paths relative to <see cref="Examples"/> with <c>/</c>, in a stable order.</summary>
    public static TheoryData<string> ExamplePlans() =>
        [.. Directory.EnumerateFiles(Examples, "*.cmplan", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Examples, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
}
