using System.Text;

namespace CmPlan.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        // Our own UTF-8 writers: no BOM, LF, buffered (flushed once by CliApp), whatever the locale says.
        var utf8 = new UTF8Encoding(false);
        var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16) { NewLine = "\n" };
        var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { NewLine = "\n", AutoFlush = true };
        using var stdin = Console.OpenStandardInput();

        // CliApp flushes both writers; they are not disposed, whose flush could throw on a closed pipe.
        return CliApp.Run(args, new CliEnvironment(stdin, stdout, stderr, Environment.CurrentDirectory));
    }
}
