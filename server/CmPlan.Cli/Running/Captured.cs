namespace CmPlan.Cli.Running;

/// <summary>
/// What one plan's work returned and wrote to stdout and stderr, held until its turn comes, so
/// plans worked on at once still print in input order, each with its stderr before its stdout.
/// </summary>
public sealed record Captured<T>(T Value, string Out, string Error)
{
    public static Captured<T> Run(CliEnvironment env, Func<CliEnvironment, T> work)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var value = work(env with { Out = output, Error = error });
        return new Captured<T>(value, output.ToString(), error.ToString());
    }

    public T WriteTo(CliEnvironment env)
    {
        env.Error.Write(Error);
        env.Out.Write(Out);
        return Value;
    }
}
