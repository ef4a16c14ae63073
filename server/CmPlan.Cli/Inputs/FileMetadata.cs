using System.Runtime.InteropServices;
using System.Text;
using CmPlan.Analysis.Configuration;

namespace CmPlan.Cli.Inputs;

/// <summary>
/// Gives a new file what made the old one what it was — owner, group, extended attributes (POSIX
/// ACLs are the <c>system.posix_acl_*</c> ones) and mode, in that order (a change of owner clears
/// set-id bits; the mode last sets the ACL mask back to the original's) — so that replacing a file
/// by rename loses nothing. Linux only; false when the system refuses any of it (a plain user
/// cannot give a file to someone else), and the caller then writes in place instead.
/// </summary>
public static class FileMetadata
{
    public static bool TryCopy(string from, FileStatus original, string to)
    {
        if (!FileStatus.IsSupported)
        {
            return true;
        }

        var created = FileStatus.OfLink(to);
        if (created is null)
        {
            return false;
        }

        if ((created.Owner != original.Owner || created.Group != original.Group)
            && NativeMethods.Lchown(to, original.Owner, original.Group) != 0)
        {
            return false;
        }

        if (!TryCopyAttributes(from, to))
        {
            return false;
        }

        File.SetUnixFileMode(to, (UnixFileMode)original.Mode);
        return FileStatus.OfLink(to) is { } copied && copied.Mode == original.Mode && copied.Owner == original.Owner && copied.Group == original.Group;
    }

    private static bool TryCopyAttributes(string from, string to)
    {
        if (Names(from) is not { } wanted || Names(to) is not { } present)
        {
            return false;
        }

        // A default ACL of the folder may have given the new file attributes the old one lacks.
        foreach (var name in present.Except(wanted))
        {
            if (NativeMethods.Lremovexattr(to, name) != 0)
            {
                return false;
            }
        }

        foreach (var name in wanted)
        {
            var size = NativeMethods.Lgetxattr(from, name, null, 0);
            if (size < 0)
            {
                return false;
            }

            var value = new byte[size];
            if (NativeMethods.Lgetxattr(from, name, value, size) != size
                || NativeMethods.Lsetxattr(to, name, value, size, 0) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The extended attribute names of a file; null when they cannot be listed (empty when the file system has none).</summary>
    private static List<string>? Names(string path)
    {
        var size = NativeMethods.Llistxattr(path, null, 0);
        if (size < 0)
        {
            return Marshal.GetLastPInvokeError() == NotSupported ? [] : null;
        }

        var buffer = new byte[size];
        size = NativeMethods.Llistxattr(path, buffer, size);
        return size < 0
            ? null
            : [.. Encoding.UTF8.GetString(buffer, 0, checked((int)size)).Split('\0', StringSplitOptions.RemoveEmptyEntries)];
    }

    private const int NotSupported = 95; // EOPNOTSUPP

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "lchown", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int Lchown([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int owner, int group);

        [DllImport("libc", EntryPoint = "llistxattr", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern nint Llistxattr([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[]? list, nint size);

        [DllImport("libc", EntryPoint = "lgetxattr", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern nint Lgetxattr([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [MarshalAs(UnmanagedType.LPUTF8Str)] string name, byte[]? value, nint size);

        [DllImport("libc", EntryPoint = "lsetxattr", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int Lsetxattr([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [MarshalAs(UnmanagedType.LPUTF8Str)] string name, byte[] value, nint size, int flags);

        [DllImport("libc", EntryPoint = "lremovexattr", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int Lremovexattr([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [MarshalAs(UnmanagedType.LPUTF8Str)] string name);
    }
}
