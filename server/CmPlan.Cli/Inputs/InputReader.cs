using CmPlan.Grammar.Text;

namespace CmPlan.Cli.Inputs;

/// <summary>Reads a plan's bytes (from disk or stdin) into a <see cref="SourceText"/>; failures are <see cref="CliError"/>s.</summary>
public static class InputReader
{
    public static InputFile Read(InputPath path, CliEnvironment env)
    {
        try
        {
            if (path.FullPath is not { } full)
            {
                return new InputFile(path, SourceText.FromBytes(ReadAll(env.Input)));
            }

            var bytes = File.ReadAllBytes(full);
            return new InputFile(path, SourceText.FromBytes(bytes), System.Security.Cryptography.SHA256.HashData(bytes));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliError($"cannot read {path.DisplayPath}: {Reason(e)}", e);
        }
    }

    public static string Reason(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file or folder",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };

    private static byte[] ReadAll(Stream input)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return buffer.ToArray();
    }
}
