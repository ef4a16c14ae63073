using CmPlan.Cli.Output;

namespace CmPlan.Cli.Inputs;

/// <summary>
/// How outputs name a file: relative to the working folder when under it, else absolute; always
/// with <c>/</c>; control characters escaped (<see cref="Terminal.Escape"/>), so a file name with
/// a newline or an escape sequence cannot forge a line of output.
/// </summary>
public static class DisplayPaths
{
    public static string For(string fullPath, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, fullPath);
        var shown = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? fullPath
            : relative;
        return Terminal.Escape(shown.Replace('\\', '/'));
    }
}
