using System.Text;
using CmPlan.Cli.Output;

namespace CmPlan.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        // Our own UTF-8 writers: no BOM, LF, buffered (flushed once by CliApp), whatever the locale says.
        // Every write is checked (GuardedStream); a stream the parent closed is treated as such, never
        // as whatever the runtime opened under its number: stdin reads as empty, stdout fails as EBADF.
        var utf8 = new UTF8Encoding(false);
        var stdout = new StreamWriter(Guard(1, StandardStream.Output), utf8, 1 << 16) { NewLine = "\n" };
        var stderr = new StreamWriter(Guard(2, StandardStream.Error), utf8) { NewLine = "\n", AutoFlush = true };
        using var stdin = StandardStreams.IsOpen(0) ? Console.OpenStandardInput() : Stream.Null;

        // CliApp flushes both writers; they are not disposed, whose flush could throw on a closed pipe.
        return CliApp.Run(args, new CliEnvironment(stdin, stdout, stderr, Environment.CurrentDirectory) { Variable = Environment.GetEnvironmentVariable });
    }

    private static GuardedStream Guard(int descriptor, StandardStream name) =>
        StandardStreams.IsOpen(descriptor)
            ? new GuardedStream(StandardStreams.OpenForWriting(descriptor), name)
            : GuardedStream.Closed(name);
}
