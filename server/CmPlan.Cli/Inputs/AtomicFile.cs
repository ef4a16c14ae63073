using System.Security.Cryptography;

namespace CmPlan.Cli.Inputs;

/// <summary>
/// Replaces a file's content all at once: a temporary file in the same folder, flushed to disk,
/// given the original's Unix permissions, then renamed over it — so a crash or a full disk never
/// leaves half a plan. A symbolic link is followed: its target is rewritten, the link kept. A
/// read-only file (no write permission for anyone, or none for us) is refused, even for root,
/// as editors do; a file that changed since it was read is refused just before the rename.
/// </summary>
public static class AtomicFile
{
    private const UnixFileMode AnyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

    /// <summary>Writes <paramref name="bytes"/> over <paramref name="path"/>, whose content must still have <paramref name="digest"/> (SHA-256) when given.</summary>
    public static void Write(string path, ReadOnlySpan<byte> bytes, byte[]? digest = null)
    {
        var target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
        var folder = Path.GetDirectoryName(target) ?? ".";
        var temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        UnixFileMode? mode = OperatingSystem.IsWindows() ? null : File.GetUnixFileMode(target);
        RefuseReadOnly(target, mode);
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows() && mode is { } create)
            {
                options.UnixCreateMode = create;
            }

            using (var stream = new FileStream(temp, options))
            {
                try
                {
                    stream.Write(bytes);
                    stream.Flush(flushToDisk: true);
                }
                catch (ArgumentOutOfRangeException e)
                {
                    // .NET reports EFBIG (past the file size limit) so, not as an IOException like ENOSPC.
                    throw new IOException("file too large for the file system", e);
                }
            }

            if (!OperatingSystem.IsWindows() && mode is { } keep)
            {
                // UnixCreateMode is filtered by the umask; set it again in full.
                File.SetUnixFileMode(temp, keep);
            }

            // As late as can be: what another program writes after this check and before the rename is lost.
            if (digest is not null && !SHA256.HashData(File.ReadAllBytes(target)).AsSpan().SequenceEqual(digest))
            {
                throw new FileChangedException();
            }

            File.Move(temp, target, overwrite: true);
        }
        catch (IOException e) when (e.Message.Contains(temp, StringComparison.Ordinal))
        {
            // "No space left on device : '<temp>'": the temporary file is gone, its name would only confuse.
            TryDelete(temp);
            throw new IOException(e.Message.Replace($" : '{temp}'", "", StringComparison.Ordinal), e);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>
    /// Writes a plan's new text back atomically, keeping its BOM; on failure reports one line on
    /// stderr and leaves the file as it was.
    /// </summary>
    public static WriteOutcome TryReplace(InputFile input, string text, CliEnvironment env)
    {
        try
        {
            Write(input.Path.FullPath!, CmPlan.Grammar.Text.SourceText.EncodeWithBom(text, input.Source.HasBom), input.Digest);
            return WriteOutcome.Written;
        }
        catch (FileChangedException e)
        {
            env.Error.WriteLine($"cmplan: {input.DisplayPath}: {e.Message}; not written (run the command again)");
            return WriteOutcome.Changed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine($"cmplan: {input.DisplayPath}: cannot write ({InputReader.Reason(e)}); left unchanged");
            return WriteOutcome.Failed;
        }
    }

    /// <summary>Opening for writing (without truncating) asks the system whether we may write the file at all.</summary>
    private static void RefuseReadOnly(string target, UnixFileMode? mode)
    {
        if (mode is { } m && (m & AnyWrite) == 0)
        {
            throw new IOException("read-only file");
        }

        using var probe = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
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
}
