using System.Collections;
using System.Runtime;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CmPlan.Cli.Commands;

/// <summary>
/// The native <c>cmplan</c> starts with the workstation collector, which makes one-shot commands start
/// fast; a language server stays up and is faster with the server collector (CmPlan.Cli.csproj). The
/// collector is chosen before <c>Main</c>, from <c>DOTNET_gcServer</c>: <c>cmplan lsp</c> executes
/// itself again with it set (<c>execve</c>: same process id, same pipes, nothing read or written yet).
/// </summary>
internal static partial class ServerGc
{
    private const string Variable = "DOTNET_gcServer";

    public static void Prefer(IReadOnlyList<string> command)
    {
        // The JIT builds say so in their runtimeconfig already; the variable set means we did it (or the user chose).
        if (GCSettings.IsServerGC || RuntimeFeature.IsDynamicCodeSupported || !(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
            || Environment.GetEnvironmentVariable(Variable) is not null || Environment.ProcessPath is not { } self)
        {
            return;
        }

        var environment = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .Select(e => $"{e.Key}={e.Value}")
            .Append($"{Variable}=1");
        var argv = NullTerminated([self, .. command]);
        var envp = NullTerminated(environment);
        _ = Execve(self, argv, envp);

        // Still here: execve failed; serve with the workstation collector.
        foreach (var pointer in argv.Concat(envp))
        {
            Marshal.FreeCoTaskMem(pointer);
        }
    }

    private static nint[] NullTerminated(IEnumerable<string> values) =>
        [.. values.Select(Marshal.StringToCoTaskMemUTF8), 0];

    [LibraryImport("libc", EntryPoint = "execve", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Execve(string path, nint[] argv, nint[] envp);
}
