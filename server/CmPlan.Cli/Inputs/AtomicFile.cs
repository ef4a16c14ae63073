namespace CmPlan.Cli.Inputs;

/// <summary>
/// Replaces a file's content all at once: a temporary file in the same folder, flushed to disk,
/// given the original's Unix permissions, then renamed over it — so a crash or a full disk never
/// leaves half a plan. A symbolic link is followed: its target is rewritten, the link kept.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
        var folder = Path.GetDirectoryName(target) ?? ".";
        var temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        UnixFileMode? mode = OperatingSystem.IsWindows() ? null : File.GetUnixFileMode(target);
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows() && mode is { } create)
            {
                options.UnixCreateMode = create;
            }

            using (var stream = new FileStream(temp, options))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows() && mode is { } keep)
            {
                // UnixCreateMode is filtered by the umask; set it again in full.
                File.SetUnixFileMode(temp, keep);
            }

            File.Move(temp, target, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the original file is intact either way.
        }
    }

    /// <summary>
    /// Writes a plan's new text back atomically, keeping its BOM; on failure reports one line on
    /// stderr and leaves the file as it was.
    /// </summary>
    public static bool TryReplace(InputFile input, string text, CliEnvironment env)
    {
        try
        {
            Write(input.Path.FullPath!, CmPlan.Grammar.Text.SourceText.EncodeWithBom(text, input.Source.HasBom));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine($"cmplan: {input.DisplayPath}: cannot write ({InputReader.Reason(e)}); left unchanged");
            return false;
        }
    }
}
