using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace CmPlan.Analysis.Configuration;

/// <summary>
/// Reads a plan or a <c>cmplan.json</c> the way a tool facing hostile repositories must: only a
/// regular file (never a device like <c>/dev/zero</c>, a named pipe, a socket or a folder), at
/// most <see cref="MaxBytes"/>, and never blocking — a named pipe is opened without waiting for
/// a writer (<c>O_NONBLOCK</c>) and then refused. A symbolic link is followed unless the caller
/// says not to (the language server reading the plans of a workspace: <c>O_NOFOLLOW</c>, so a
/// file swapped for a link after the walk saw it is refused, not followed). Failures are <see cref="SafeFileException"/>s with a reason people read
/// (<see cref="FileNotFoundException"/> for a missing file).
/// </summary>
public static class SafeFile
{
    /// <summary>64 MiB: ten times the largest plan anyone writes by hand, far below what would exhaust memory.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public const string TooLarge = "larger than 64 MB";

    private const int NoSuchFile = 2; // ENOENT

    private const int ReadOnlyNonBlocking = 0x800 | 0x80000; // O_RDONLY | O_NONBLOCK | O_CLOEXEC (Linux)

    private const int NoFollow = 0x20000; // O_NOFOLLOW (Linux)

    public static byte[] Read(string path, bool followLinks = true)
    {
        if (!FileStatus.IsSupported)
        {
            return ReadPortable(path, followLinks);
        }

        var fd = NativeMethods.Open(path, followLinks ? ReadOnlyNonBlocking : ReadOnlyNonBlocking | NoFollow, 0);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw errno == NoSuchFile ? new FileNotFoundException(ErrnoReason(errno), path) : new SafeFileException(ErrnoReason(errno));
        }

        using var handle = new SafeFileHandle((nint)fd, ownsHandle: true);
        var status = FileStatus.Of(handle) ?? throw new SafeFileException(ErrnoReason(Marshal.GetLastPInvokeError()));
        if (status.Kind != FileKind.Regular)
        {
            throw new SafeFileException(NotRegular(status.Kind));
        }

        return ReadBounded(handle);
    }

    /// <summary>Why a path that is not a regular file is refused: "a named pipe, not a regular file".</summary>
    public static string NotRegular(FileKind kind) =>
        kind == FileKind.Folder ? "a folder, not a file" : $"{FileStatus.Describe(kind)}, not a regular file";

    /// <summary>The reason for an errno from <c>open(2)</c> or <c>stat(2)</c>.</summary>
    public static string ErrnoReason(int errno) => errno switch
    {
        NoSuchFile => "no such file or folder",
        13 or 1 => "permission denied",
        40 => "too many levels of symbolic links",
        _ => Marshal.GetPInvokeErrorMessage(errno),
    };

    /// <summary>Reads up to one byte past the limit: sizes from <c>stat</c> lie for <c>/proc</c> files.</summary>
    private static byte[] ReadBounded(SafeFileHandle handle)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        long offset = 0;
        while (true)
        {
            var read = RandomAccess.Read(handle, chunk, offset);
            if (read == 0)
            {
                return buffer.ToArray();
            }

            offset += read;
            if (offset > MaxBytes)
            {
                throw new SafeFileException(TooLarge);
            }

            buffer.Write(chunk, 0, read);
        }
    }

    private static byte[] ReadPortable(string path, bool followLinks)
    {
        try
        {
            var info = new FileInfo(path);
            if ((info.Attributes & FileAttributes.Directory) != 0)
            {
                throw new SafeFileException(NotRegular(FileKind.Folder));
            }

            if (!followLinks && info.LinkTarget is not null)
            {
                throw new SafeFileException(ErrnoReason(40));
            }

            using var handle = File.OpenHandle(path);
            return ReadBounded(handle);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new FileNotFoundException(ErrnoReason(NoSuchFile), path, e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new SafeFileException(ErrnoReason(13), e);
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "open", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);
    }
}
