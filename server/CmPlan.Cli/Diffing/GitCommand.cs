using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CmPlan.Analysis.Localization;

namespace CmPlan.Cli.Diffing;

/// <summary>Runs <c>git</c> in a folder and returns its output as bytes; any failure is a <see cref="CliError"/> quoting git.</summary>
public static class GitCommand
{
    public static byte[] Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        // Output a program reads: no pager, no colour, paths unquoted, no prompts.
        foreach (var arg in new[] { "--no-pager", "-c", "core.quotepath=off", "-c", "color.ui=false" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new CliError(MessageId.CliCannotRunGit);
        }
        catch (Win32Exception e)
        {
            throw new CliError(words => words.Say(MessageId.CliGitMissing, ("reason", e.Message)), e);
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var message = error.Result.Trim().ReplaceLineEndings(" ");
                throw new CliError(words => words.Say(MessageId.CliGitFailed, ("arguments", string.Join(' ', args)), ("reason", message.Length == 0 ? words.Say(MessageId.CliExitCode, ("code", process.ExitCode.ToString(CultureInfo.InvariantCulture))) : message)));
            }

            return output.ToArray();
        }
    }

    public static string RunText(string workingDirectory, params string[] args) =>
        Encoding.UTF8.GetString(Run(workingDirectory, args));
}
