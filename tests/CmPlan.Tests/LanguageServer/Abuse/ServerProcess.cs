using System.Diagnostics;
using System.Text;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.LanguageServer.Abuse;

/// <summary>A real <c>cmplan lsp</c> child process (the built <c>cmplan.dll</c> next to the tests) on pipes.</summary>
public sealed class ServerProcess : LspConnection, IDisposable
{
    private readonly Process process;
    private readonly StringBuilder errors = new();

    public ServerProcess()
        : this(Start())
    {
    }

    private ServerProcess(Process process)
        : base(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, TimeSpan.FromSeconds(60))
    {
        this.process = process;
        process.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                errors.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
    }

    /// <summary>What the server wrote on stderr so far.</summary>
    public string Errors
    {
        get
        {
            lock (errors)
            {
                return errors.ToString().Trim();
            }
        }
    }

    protected override string Diagnosis => $"stderr: {Errors}";

    /// <summary>Ends the server's input, as a client that goes away.</summary>
    public void CloseInput() => process.StandardInput.Close();

    /// <summary>The exit code; a server still running after the bounded wait fails the test.</summary>
    public async Task<int> ExitCodeAsync()
    {
        using var patience = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"cmplan lsp did not exit within {Patience.TotalSeconds} s. {Diagnosis}");
        }

        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    private static Process Start()
    {
        var start = new ProcessStartInfo(CmplanProcess.Dotnet)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(CmplanProcess.Dll);
        start.ArgumentList.Add("lsp");
        return Process.Start(start) ?? throw new InvalidOperationException("cmplan lsp did not start");
    }
}
