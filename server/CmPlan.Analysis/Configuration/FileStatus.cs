using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace CmPlan.Analysis.Configuration;

/// <summary>
/// What <c>statx(2)</c> says of a file: its kind, permission bits, owner, group and number of hard
/// links — what .NET does not expose. Linux only (<see cref="IsSupported"/>); elsewhere callers
/// fall back to what .NET offers. <c>struct statx</c> has one layout on every Linux architecture.
/// </summary>
public sealed record FileStatus(FileKind Kind, int Mode, int Owner, int Group, long Links, long Size)
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint BasicStats = 0x7ff;

    [System.Runtime.Versioning.SupportedOSPlatformGuard("linux")]
    public static bool IsSupported => OperatingSystem.IsLinux();

    /// <summary>The entry at <paramref name="path"/> itself (a symbolic link is not followed), or null when it cannot be read.</summary>
    public static FileStatus? OfLink(string path) => Query(AtFdCwd, path, AtSymlinkNoFollow);

    /// <summary>The file <paramref name="path"/> names, links followed; null when it cannot be read.</summary>
    public static FileStatus? Of(string path) => Query(AtFdCwd, path, 0);

    /// <summary>The open file behind <paramref name="handle"/>.</summary>
    public static FileStatus? Of(SafeFileHandle handle)
    {
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            return Query(checked((int)handle.DangerousGetHandle()), "", AtEmptyPath);
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    private static FileStatus? Query(int folder, string path, int flags)
    {
        if (!IsSupported)
        {
            return null;
        }

        var buffer = new byte[256];
        if (NativeMethods.Statx(folder, path, flags, BasicStats, buffer) != 0)
        {
            return null;
        }

        // Native byte order, fixed offsets: stx_nlink 16, stx_uid 20, stx_gid 24, stx_mode 28, stx_size 40.
        var mode = MemoryMarshal.Read<ushort>(buffer.AsSpan(28));
        return new FileStatus(
            KindOf(mode),
            mode & 0xfff,
            MemoryMarshal.Read<int>(buffer.AsSpan(20)),
            MemoryMarshal.Read<int>(buffer.AsSpan(24)),
            MemoryMarshal.Read<uint>(buffer.AsSpan(16)),
            MemoryMarshal.Read<long>(buffer.AsSpan(40)));
    }

    private static FileKind KindOf(int mode) => (mode & 0xf000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Folder,
        0xa000 => FileKind.SymbolicLink,
        0x1000 => FileKind.NamedPipe,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        0xc000 => FileKind.Socket,
        _ => FileKind.Unknown,
    };

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "statx", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
    }
}
