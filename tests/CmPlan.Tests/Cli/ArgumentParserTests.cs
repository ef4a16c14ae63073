using CmPlan.Cli;
using CmPlan.Cli.Arguments;

namespace CmPlan.Tests.Cli;

public class ArgumentParserTests
{
    private static readonly OptionSpec[] Specs = [OptionSpec.Value("--format"), OptionSpec.Value("--now"), OptionSpec.Flag("--check")];

    private static ParsedArguments Parse(params string[] args) => ArgumentParser.Parse(args, "check", Specs);

    [Fact]
    public void Reads_values_in_both_forms_and_paths_anywhere()
    {
        var parsed = Parse("a.cmplan", "--format", "json", "b", "--now=2027-03-01T09:00", "--check", "-");
        Assert.Equal(["a.cmplan", "b", "-"], parsed.Positionals.ToArray());
        Assert.Equal("json", parsed.Value("--format"));
        Assert.Equal("2027-03-01T09:00", parsed.Value("--now"));
        Assert.True(parsed.Has("--check"));
        Assert.False(parsed.Help);
    }

    [Fact]
    public void The_last_value_wins() => Assert.Equal("sarif", Parse("--format", "json", "--format=sarif").Value("--format"));

    [Fact]
    public void A_value_may_contain_equals_signs() => Assert.Equal("a=b", Parse("--format=a=b").Value("--format"));

    [Fact]
    public void Double_dash_ends_options() => Assert.Equal(["--format", "-x"], Parse("--", "--format", "-x").Positionals.ToArray());

    [Fact]
    public void Help_wins_over_everything_else() => Assert.True(Parse("--unknown", "x", "-h").Help);

    [Theory]
    [InlineData("unknown option '--fromat' for 'cmplan check'", "--fromat", "json")]
    [InlineData("unknown option '-f' for 'cmplan check'", "-f")]
    [InlineData("option '--format' needs a value", "--format")]
    [InlineData("option '--format' needs a value", "--format=")]
    [InlineData("option '--check' takes no value", "--check=yes")]
    public void Rejects_bad_options(string message, params string[] args)
    {
        var error = Assert.Throws<CliError>(() => Parse(args));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
