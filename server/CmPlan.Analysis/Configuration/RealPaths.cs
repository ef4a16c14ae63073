using System.Runtime.InteropServices;

namespace CmPlan.Analysis.Configuration;

/// <summary>
/// <c>realpath(3)</c>: a path with every symbolic link resolved, by the system rather than by text
/// (<c>link/..</c> is where the link leads, then up), so that "is this inside the folder?" cannot
/// be fooled. Null when the path leads nowhere. Elsewhere than Unix, .NET's final-target resolution.
/// </summary>
public static class RealPaths
{
    public static string? Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? (Path.Exists(path) ? Path.GetFullPath(path) : null);
        }

        var resolved = NativeMethods.RealPath(path, 0);
        if (resolved == 0)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            NativeMethods.Free(resolved);
        }
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies under it (both real paths).</summary>
    public static bool IsWithin(string path, string folder) =>
        path == folder || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "realpath", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern nint RealPath([MarshalAs(UnmanagedType.LPUTF8Str)] string path, nint resolved);

        [DllImport("libc", EntryPoint = "free")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern void Free(nint pointer);
    }
}
