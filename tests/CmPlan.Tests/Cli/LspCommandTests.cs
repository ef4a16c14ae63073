using System.Globalization;
using System.Text;

namespace CmPlan.Tests.Cli;

public class LspCommandTests
{
    private static string Wire(params string[] messages)
    {
        var wire = new StringBuilder();
        foreach (var json in messages)
        {
            wire.Append(CultureInfo.InvariantCulture, $"Content-Length: {Encoding.UTF8.GetByteCount(json)}\r\n\r\n{json}");
        }

        return wire.ToString();
    }

    [Theory]
    [InlineData("lsp")]
    [InlineData("lsp", "--stdio")]
    public void Lsp_serves_stdio_with_or_without_the_conventional_flag(params string[] args)
    {
        var wire = Wire(
            """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}""",
            """{"jsonrpc":"2.0","id":2,"method":"shutdown"}""",
            """{"jsonrpc":"2.0","method":"exit"}""");
        var run = Cmd.RunWithInput(Path.GetTempPath(), wire, args);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"serverInfo\":{\"name\":\"cmplan\"", run.Out, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Lsp_rejects_any_other_argument() =>
        Cmd.Run(Path.GetTempPath(), "lsp", "--stdio", "--socket=4000").AssertUsageError("unexpected argument '--socket=4000'");
}
