using CmPlan.Analysis.Localization;

namespace CmPlan.Analysis.Configuration;

/// <summary>
/// Reads <c>cmplan.json</c> (contract §3) into a <see cref="ConfigFile"/>, and finds the nearest one
/// above a folder, within its repository. Read with <see cref="SafeFile"/>: a named pipe or a device
/// is an error, never a wait. Every failure is a <see cref="ConfigError"/> value: nothing throws.
/// </summary>
public static class ConfigLoader
{
    public const string FileName = "cmplan.json";

    /// <summary>What makes a folder a repository root: a <c>.git</c> folder, or a file in a worktree.</summary>
    public const string RepositoryMarker = ".git";

    /// <summary>Parses the UTF-8 bytes of a <c>cmplan.json</c>; <paramref name="path"/> is only used in messages and kept in the result.</summary>
    public static ConfigLoadResult Parse(ReadOnlySpan<byte> utf8, string path)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        var body = utf8.StartsWith(bom) ? utf8[bom.Length..] : utf8;
        return new ConfigJsonParser(body.ToArray(), path).Run();
    }

    public static ConfigLoadResult Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = SafeFile.Read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return ConfigLoadResult.Failure(ConfigError.Worded(path, 0, 0, words => ConfigMessages.CannotRead(words, Reason(e, words))));
        }

        return Parse(bytes, path);
    }

    /// <summary>
    /// The <c>cmplan.json</c> in <paramref name="directory"/> or the closest folder above it, if any,
    /// looking no higher than the repository root (the first folder holding <c>.git</c>): a
    /// <c>cmplan.json</c> left in a parent folder or in <c>/tmp</c> must not turn rules off.
    /// </summary>
    public static string? FindNearest(string directory)
    {
        string? current;
        try
        {
            current = Path.GetFullPath(directory);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }

        for (; current is not null; current = Path.GetDirectoryName(current))
        {
            var candidate = Path.Combine(current, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            if (Path.Exists(Path.Combine(current, RepositoryMarker)))
            {
                return null;
            }
        }

        return null;
    }

    private static string Reason(Exception e, Words words) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => words.Say(MessageId.ConfigNoSuchFile),
        UnauthorizedAccessException => words.Say(MessageId.CliPermissionDenied),
        SafeFileException refused => refused.Problem.In(words),
        _ => e.Message,
    };
}
