using System.Security.Cryptography;
using CmPlan.Analysis.Configuration;
using CmPlan.Analysis.Localization;
using CmPlan.Cli.Output;

namespace CmPlan.Cli.Inputs;

/// <summary>
/// Replaces a file's content without losing what the file was. Usually all at once: a temporary
/// file in the same folder, flushed to disk, given the original's owner, group, extended
/// attributes (ACLs) and mode (<see cref="FileMetadata"/>), then renamed over it — so a crash or a
/// full disk never leaves half a plan. When that would change the file's identity — it has other
/// hard links, which a rename would split from it, or the system will not let us copy its owner or
/// attributes — the new bytes are written into the file itself instead (checked unchanged, written,
/// truncated, flushed to disk). Only a regular file is written: a symbolic link is refused (the
/// walk never offers one out of its folder, and one named on the command line is read, not written).
/// A read-only file (no write permission for anyone, or none for us) is refused, even for root, as
/// editors do; a file that changed since it was read is refused just before the new bytes land.
/// </summary>
public static class AtomicFile
{
    private const UnixFileMode AnyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

    /// <summary>Writes <paramref name="bytes"/> over <paramref name="path"/>, whose content must still have <paramref name="digest"/> (SHA-256) when given.</summary>
    public static void Write(string path, ReadOnlySpan<byte> bytes, byte[]? digest = null)
    {
        var status = FileStatus.OfLink(path);
        if (status is { Kind: not FileKind.Regular })
        {
            throw new SafeFileException(FileProblem.NotRegular(status.Kind));
        }

        if (!OperatingSystem.IsWindows() && new FileInfo(path).LinkTarget is not null)
        {
            throw new SafeFileException(FileProblem.NotRegular(FileKind.SymbolicLink));
        }

        UnixFileMode? mode = OperatingSystem.IsWindows() ? null : File.GetUnixFileMode(path);
        RefuseReadOnly(path, mode);
        if (status is { Links: > 1 } || !TryReplace(path, bytes, digest, mode, status))
        {
            WriteInPlace(path, bytes, digest);
        }
    }

    /// <summary>
    /// Writes a plan's new text back, keeping its BOM; on failure reports one line on stderr and
    /// leaves the file as it was. A path the command may not write (a symbolic link) is reported as such.
    /// Reports are in <paramref name="words"/>' language; the system's own text, when shown, as it is.
    /// </summary>
    public static WriteOutcome TryReplace(InputFile input, string text, CliEnvironment env, Words words)
    {
        if (input.Path.NotWritable is { } reason)
        {
            env.Error.WriteLine($"cmplan: {words.Say(MessageId.FileNotWritten, ("path", input.DisplayPath), ("reason", reason.In(words)))}");
            return WriteOutcome.Failed;
        }

        try
        {
            Write(input.Path.FullPath!, CmPlan.Grammar.Text.SourceText.EncodeWithBom(text, input.Source.HasBom), input.Digest);
            return WriteOutcome.Written;
        }
        catch (FileChangedException)
        {
            env.Error.WriteLine($"cmplan: {words.Say(MessageId.FileChangedNotWritten, ("path", input.DisplayPath), ("reason", FileProblem.ChangedOnDisk.In(words)))}");
            return WriteOutcome.Changed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not OutputFailedException)
        {
            env.Error.WriteLine($"cmplan: {words.Say(MessageId.FileCannotWrite, ("path", input.DisplayPath), ("reason", InputReader.Reason(e, words)))}");
            return WriteOutcome.Failed;
        }
    }

    /// <summary>The temporary file and rename; false (nothing changed, no temporary file left) when the metadata cannot be copied.</summary>
    private static bool TryReplace(string target, ReadOnlySpan<byte> bytes, byte[]? digest, UnixFileMode? mode, FileStatus? status)
    {
        var folder = Path.GetDirectoryName(target) ?? ".";
        var temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows() && mode is { } create)
            {
                options.UnixCreateMode = create & ~(UnixFileMode.SetUser | UnixFileMode.SetGroup);
            }

            using (var stream = new FileStream(temp, options))
            {
                WriteAll(stream, bytes);
            }

            if (status is not null)
            {
                if (!FileMetadata.TryCopy(target, status, temp))
                {
                    TryDelete(temp);
                    return false;
                }
            }
            else if (!OperatingSystem.IsWindows() && mode is { } keep)
            {
                // UnixCreateMode is filtered by the umask; set it again in full.
                File.SetUnixFileMode(temp, keep);
            }

            // As late as can be: what another program writes after this check and before the rename is lost.
            RefuseChanged(target, digest);
            File.Move(temp, target, overwrite: true);
            return true;
        }
        catch (IOException e) when (e.Message.Contains(temp, StringComparison.Ordinal))
        {
            // "No space left on device : '<temp>'": the temporary file is gone, its name would only confuse.
            TryDelete(temp);
            throw WithoutPath(e, temp);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>
    /// Into the file itself, keeping its inode (and so its links, owner, attributes): grown first
    /// (a full disk or a size limit then fails before a byte of the plan changed), then written,
    /// truncated and flushed to disk.
    /// </summary>
    private static void WriteInPlace(string target, ReadOnlySpan<byte> bytes, byte[]? digest)
    {
        try
        {
            using var stream = new FileStream(target, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            RefuseChanged(target, digest);
            if (bytes.Length > stream.Length)
            {
                Grow(stream, bytes.Length);
            }

            stream.Position = 0;
            WriteAll(stream, bytes);
            stream.SetLength(bytes.Length);
            stream.Flush(flushToDisk: true);
        }
        catch (IOException e) when (e is not FileChangedException && e.Message.Contains(target, StringComparison.Ordinal))
        {
            // The message names the file, which the caller names already.
            throw WithoutPath(e, target);
        }
    }

    private static IOException WithoutPath(IOException e, string path) =>
        new(e.Message.Replace($" : '{path}'", "", StringComparison.Ordinal), e);

    /// <summary>Reserves the room the new text needs by writing zeros past the old end (a sparse SetLength would not).</summary>
    private static void Grow(FileStream stream, long length)
    {
        var old = stream.Length;
        stream.Position = old;
        try
        {
            WriteAll(stream, new byte[length - old]);
        }
        catch
        {
            stream.SetLength(old);
            throw;
        }
    }

    private static void WriteAll(FileStream stream, ReadOnlySpan<byte> bytes)
    {
        try
        {
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }
        catch (ArgumentOutOfRangeException e)
        {
            // .NET reports EFBIG (past the file size limit) so, not as an IOException like ENOSPC.
            throw new SafeFileException(FileProblem.TooLargeForFileSystem, e);
        }
    }

    private static void RefuseChanged(string target, byte[]? digest)
    {
        if (digest is not null && !SHA256.HashData(SafeFile.Read(target)).AsSpan().SequenceEqual(digest))
        {
            throw new FileChangedException();
        }
    }

    /// <summary>Opening for writing (without truncating) asks the system whether we may write the file at all.</summary>
    private static void RefuseReadOnly(string target, UnixFileMode? mode)
    {
        if (mode is { } m && (m & AnyWrite) == 0)
        {
            throw new SafeFileException(FileProblem.ReadOnly);
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
