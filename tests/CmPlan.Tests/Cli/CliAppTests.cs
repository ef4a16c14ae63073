using CmPlan.Cli;

namespace CmPlan.Tests.Cli;

public class CliAppTests
{
    private static readonly string Here = Path.GetTempPath();

    [Fact]
    public void Version_prints_the_assembly_version()
    {
        var run = Cmd.Run(Here, "--version");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("cmplan 0.1.0\n", run.Out);
        Assert.Equal("", run.Error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Top_level_help_lists_the_commands(string flag)
    {
        var run = Cmd.Run(Here, flag);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("check <path…>", run.Out, StringComparison.Ordinal);
        Assert.Contains("schedule <file>", run.Out, StringComparison.Ordinal);
        Assert.Contains("format <path…>", run.Out, StringComparison.Ordinal);
        Assert.Contains("fix <path…>", run.Out, StringComparison.Ordinal);
        Assert.Contains("explain <rule-id>", run.Out, StringComparison.Ordinal);
        Assert.Contains("lsp ", run.Out, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("schedule")]
    [InlineData("format")]
    public void Every_command_has_help(string command)
    {
        foreach (var flag in new[] { "--help", "-h" })
        {
            var run = Cmd.Run(Here, command, "--bogus", flag);
            Assert.Equal(0, run.ExitCode);
            Assert.StartsWith($"Usage: cmplan {command} ", run.Out, StringComparison.Ordinal);
            Assert.Equal("", run.Error);
        }
    }

    [Fact]
    public void No_command_is_a_usage_error() => Cmd.Run(Here).AssertUsageError("missing command");

    [Fact]
    public void An_unknown_command_is_a_usage_error() => Cmd.Run(Here, "lint", "a.cmplan").AssertUsageError("unknown command 'lint'");

    [Fact]
    public void An_unknown_top_level_option_is_a_usage_error() => Cmd.Run(Here, "--verbose").AssertUsageError("unknown option '--verbose'");

    [Fact]
    public void Lsp_with_an_argument_is_a_usage_error() => Cmd.Run(Here, "lsp", "extra").AssertUsageError("unexpected argument 'extra'");

    [Theory]
    [InlineData(true, "cmplan: cannot read <stdin>: the pipe broke\n")]
    [InlineData(false, "cmplan: internal error: NotSupportedException: no reading today\n")]
    public void Failures_are_one_line_never_a_stack_trace(bool io, string expected)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new FailingStream(io);
        var code = CliApp.Run(["check", "-"], new CliEnvironment(input, output, error, Here));
        Assert.Equal(2, code);
        Assert.Equal(expected, error.ToString());
        Assert.Equal("", output.ToString());
    }
}
