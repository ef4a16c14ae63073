using System.Text;
using CmPlan.Cli;

namespace CmPlan.Tests.Cli;

/// <summary>Runs <see cref="CliApp"/> in-process with captured streams.</summary>
public static class Cmd
{
    public static CliRun Run(string workingDirectory, params string[] args) => RunWithInput(workingDirectory, [], args);

    public static CliRun RunWithInput(string workingDirectory, byte[] stdin, params string[] args) =>
        RunWithEnvironment(workingDirectory, stdin, new Dictionary<string, string>(), args);

    /// <summary>With these environment variables (and no other): <c>CMPLAN_LANG</c>, <c>LANG</c>…</summary>
    public static CliRun RunWithEnvironment(string workingDirectory, byte[] stdin, IReadOnlyDictionary<string, string> variables, params string[] args)
    {
        using var input = new MemoryStream(stdin);
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var environment = new CliEnvironment(input, output, error, workingDirectory) { Variable = name => variables.GetValueOrDefault(name) };
        var code = CliApp.Run(args, environment);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static CliRun RunWithInput(string workingDirectory, string stdin, params string[] args) =>
        RunWithInput(workingDirectory, Encoding.UTF8.GetBytes(stdin), args);
}
