using CmPlan.Analysis.Configuration;
using CmPlan.Analysis.Localization;
using CmPlan.Grammar.Text;

namespace CmPlan.Cli.Inputs;

/// <summary>
/// Reads a plan's bytes (from disk with <see cref="SafeFile"/>: regular files only, at most 64 MB,
/// never waiting on a named pipe; or from stdin, as much) into a <see cref="SourceText"/>.
/// </summary>
public static class InputReader
{
    /// <summary>
    /// Reads one plan; a failure is a <see cref="CliError"/> naming it. Without <paramref name="digest"/>
    /// (a command that never writes the plan back) no SHA-256 is taken: the first one loads OpenSSL,
    /// a few milliseconds of a native start.
    /// </summary>
    public static InputFile Read(InputPath path, CliEnvironment env, bool digest = true)
    {
        if (path.Unreadable is { } problem)
        {
            throw new CliError(words => words.Say(MessageId.CliCannotRead, ("path", path.DisplayPath), ("reason", problem.In(words))));
        }

        try
        {
            if (path.FullPath is not { } full)
            {
                return new InputFile(path, SourceText.FromBytes(ReadAll(env.Input)));
            }

            var bytes = SafeFile.Read(full);
            return new InputFile(path, SourceText.FromBytes(bytes), digest ? System.Security.Cryptography.SHA256.HashData(bytes) : null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliError(words => words.Say(MessageId.CliCannotRead, ("path", path.DisplayPath), ("reason", Reason(e, words))), e);
        }
    }

    /// <summary>
    /// Reads every plan it can: each one that fails is reported on stderr as Read would word it, in
    /// <paramref name="language"/>, and counted in <paramref name="failures"/> (the command exits 2 at
    /// the end), the others are returned (with their digests as <see cref="Read"/> says).
    /// </summary>
    public static List<InputFile> ReadEach(IEnumerable<InputPath> paths, CliEnvironment env, Language language, out int failures, bool digest = true)
    {
        var files = new List<InputFile>();
        failures = 0;
        foreach (var path in paths)
        {
            try
            {
                files.Add(Read(path, env, digest));
            }
            catch (CliError e)
            {
                env.Error.WriteLine($"cmplan: {e.In(language)}");
                failures++;
            }
        }

        return files;
    }

    /// <summary>Why a file could not be read or written, in <paramref name="words"/>' language.</summary>
    public static string Reason(Exception e, Words words) => Problem(e).In(words);

    /// <summary>Why a file could not be read or written: ours when we know it, else the system's (English) text.</summary>
    public static FileProblem Problem(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => FileProblem.NoSuchFile,
        UnauthorizedAccessException => FileProblem.PermissionDenied,
        SafeFileException refused => refused.Problem,
        _ => FileProblem.System(e.Message),
    };

    private static byte[] ReadAll(Stream input)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = input.Read(chunk)) > 0)
        {
            if (buffer.Length + read > SafeFile.MaxBytes)
            {
                throw new SafeFileException(FileProblem.TooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
