using System.Diagnostics;

namespace CmPlan.Tests.Cli.SafeWrites;

/// <summary>
/// Makes a file or folder refuse writes for the user running the tests: Unix modes for a normal
/// user, the immutable attribute for root (which modes do not stop). Undone on dispose.
/// </summary>
public static class ReadOnly
{
    private const UnixFileMode Rwx = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>A folder in which no file can be created or renamed.</summary>
    public static IDisposable Folder(string folder)
    {
        var undo = Refuse(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute, Rwx);
        Assert.False(CanCreateIn(folder), "the folder still accepts new files");
        return undo;
    }

    /// <summary>A file that cannot be opened for writing, though its mode lets someone write it.</summary>
    public static IDisposable File(string file)
    {
        var undo = Refuse(file, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.GroupWrite, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Assert.False(CanOpenForWriting(file), "the file can still be opened for writing");
        return undo;
    }

    private static IDisposable Refuse(string path, UnixFileMode refusing, UnixFileMode restored)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("these tests need Unix file modes");
        }

        if (IsRoot)
        {
            RunTool("chattr", "+i", path);
            return new DisposableAction(() => RunTool("chattr", "-i", path));
        }

        System.IO.File.SetUnixFileMode(path, refusing);
        return new DisposableAction(() =>
        {
            if (!OperatingSystem.IsWindows())
            {
                System.IO.File.SetUnixFileMode(path, restored);
            }
        });
    }

    private static bool CanCreateIn(string folder)
    {
        var probe = Path.Combine(folder, ".probe");
        try
        {
            System.IO.File.WriteAllText(probe, "");
            System.IO.File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool CanOpenForWriting(string file)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Write);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static void RunTool(string tool, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, args) { RedirectStandardError = true }) ?? throw new InvalidOperationException(tool);
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)}: {error}");
    }
}
