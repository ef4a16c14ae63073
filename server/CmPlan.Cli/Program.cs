namespace CmPlan.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("cmplan: not implemented yet");
        return args.Length == 0 ? 2 : 2;
    }
}
