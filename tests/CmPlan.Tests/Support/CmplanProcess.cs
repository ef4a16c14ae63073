using System.Diagnostics;

namespace CmPlan.Tests.Support;

/// <summary>The built <c>cmplan</c> (the <c>cmplan.dll</c> copied next to the tests) as a real child process.</summary>
public static class CmplanProcess
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    /// <summary>The dotnet host running the tests (the SDK says where), or the one on PATH.</summary>
    public static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "cmplan.dll");

    /// <summary>Runs a program to its end, within a bounded wait (a hang detector, not a timing).</summary>
    public static (int ExitCode, string Out, string Error) Run(string program, IEnumerable<string> args, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Patience))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', args)} did not end within {Patience.TotalSeconds} s");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
