namespace CmPlan.Tests.Cli;

/// <summary>What one in-process run of the command line gave back.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Usage errors are exactly one <c>cmplan: …</c> line on stderr, nothing on stdout, exit 2.</summary>
    public void AssertUsageError(string expectedFragment)
    {
        Assert.Equal(2, ExitCode);
        Assert.Equal("", Out);
        Assert.StartsWith("cmplan: ", Error, StringComparison.Ordinal);
        Assert.Equal(1, Error.Count(c => c == '\n'));
        Assert.EndsWith("\n", Error, StringComparison.Ordinal);
        Assert.Contains(expectedFragment, Error, StringComparison.Ordinal);
    }
}
