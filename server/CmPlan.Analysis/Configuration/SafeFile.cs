using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace CmPlan.Analysis.Configuration;

/// <summary>
/// Reads a plan or a <c>cmplan.json</c> the way a tool facing hostile repositories must: only a
/// regular file (never a device like <c>/dev/zero</c>, a named pipe, a socket or a folder), at
/// most <see cref="MaxBytes"/>, and never blocking — a named pipe is opened without waiting for
/// a writer (<c>O_NONBLOCK</c>) and then refused. A symbolic link is followed unless the caller
/// says not to (the language server reading the plans of a workspace: <c>O_NOFOLLOW</c>, so a
/// file swapped for a link after the walk saw it is refused, not followed). Failures are <see cref="SafeFileException"/>s
/// with their <see cref="FileProblem"/>, worded when shown (<see cref="FileNotFoundException"/> for a missing file).
/// </summary>
public static class SafeFile
{
    /// <summary>64 MiB: ten times the largest plan anyone writes by hand, far below what would exhaust memory.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

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
            throw errno == NoSuchFile ? new FileNotFoundException(FileProblem.NoSuchFile.ToString(), path) : new SafeFileException(ErrnoProblem(errno));
        }

        using var handle = new SafeFileHandle((nint)fd, ownsHandle: true);
        var status = FileStatus.Of(handle) ?? throw new SafeFileException(ErrnoProblem(Marshal.GetLastPInvokeError()));
        if (status.Kind != FileKind.Regular)
        {
            throw new SafeFileException(FileProblem.NotRegular(status.Kind));
        }

        return ReadBounded(handle);
    }

    /// <summary>The problem an errno from <c>open(2)</c> or <c>stat(2)</c> says; the system's text for the rare ones.</summary>
    public static FileProblem ErrnoProblem(int errno) => errno switch
    {
        NoSuchFile => FileProblem.NoSuchFile,
        13 or 1 => FileProblem.PermissionDenied,
        40 => FileProblem.TooManyLinks,
        _ => FileProblem.System(Marshal.GetPInvokeErrorMessage(errno)),
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
                throw new SafeFileException(FileProblem.TooLarge);
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
                throw new SafeFileException(FileProblem.NotRegular(FileKind.Folder));
            }

            if (!followLinks && info.LinkTarget is not null)
            {
                throw new SafeFileException(FileProblem.TooManyLinks);
            }

            using var handle = File.OpenHandle(path);
            return ReadBounded(handle);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new FileNotFoundException(FileProblem.NoSuchFile.ToString(), path, e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new SafeFileException(FileProblem.PermissionDenied, e);
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "open", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);
    }
}
