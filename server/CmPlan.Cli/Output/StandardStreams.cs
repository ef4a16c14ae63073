using System.Runtime.InteropServices;

namespace CmPlan.Cli.Output;

/// <summary>
/// Whether standard input, output or error was really handed to the process. When a parent closes
/// one (<c>cmplan check - &lt;&amp;-</c>), the runtime's own descriptors (created close-on-exec)
/// can take its number; reading "stdin" would then wait forever on the runtime's internal pipe. A
/// descriptor inherited through <c>exec</c> never has close-on-exec, so that flag tells them apart.
/// </summary>
public static class StandardStreams
{
    private const int GetDescriptorFlags = 1; // F_GETFD
    private const int CloseOnExec = 1;        // FD_CLOEXEC

    /// <summary>
    /// Standard output or error to write to. On Unix the descriptor itself: the runtime's console
    /// stream takes a broken pipe (EPIPE) for success and drops the output without a word, so a
    /// run cut short by <c>| head</c> could not tell; this stream reports it.
    /// </summary>
    public static Stream OpenForWriting(int descriptor)
    {
        if (OperatingSystem.IsWindows())
        {
            return descriptor == 1 ? Console.OpenStandardOutput() : Console.OpenStandardError();
        }

        return new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(descriptor, ownsHandle: false), FileAccess.Write, bufferSize: 0);
    }

    public static bool IsOpen(int descriptor)
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        var flags = NativeMethods.Fcntl(descriptor, GetDescriptorFlags, 0);
        return flags >= 0 && (flags & CloseOnExec) == 0;
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int Fcntl(int descriptor, int command, int argument);
    }
}
