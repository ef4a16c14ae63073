using System.Runtime.CompilerServices;

namespace CmPlan.Tests.Support;

/// <summary>Paths inside the repository, found from this source file.</summary>
public static class Repo
{
    public static string Root([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));

    public static string Examples => Path.Combine(Root(), "examples");
}
