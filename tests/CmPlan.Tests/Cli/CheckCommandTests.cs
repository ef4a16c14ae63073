using System.Text;
using System.Text.Json;

namespace CmPlan.Tests.Cli;

public class CheckCommandTests : IDisposable
{
    private const string Now = "--now=2027-02-15";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private static List<string> JsonPaths(CliRun run)
    {
        using var json = JsonDocument.Parse(run.Out);
        return json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).ToList();
    }

    [Fact]
    public void A_clean_plan_exits_0()
    {
        temp.CopyPlan("clean.cmplan", "clean.cmplan");
        var run = Cmd.Run(temp.Path, "check", "clean.cmplan", Now);
        Assert.Equal("No problems in 1 file\nConfiguration: none (built-in defaults)\n", run.Out);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void A_plan_with_errors_exits_1()
    {
        temp.CopyPlan("broken.cmplan", "broken.cmplan");
        var run = Cmd.Run(temp.Path, "check", "broken.cmplan", Now);
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"^broken\.cmplan:7:1: error syntax: ", run.Out.Split('\n').First(l => l.Contains(":7:", StringComparison.Ordinal)));
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Dash_reads_stdin_and_shows_it_as_stdin()
    {
        var run = Cmd.RunWithInput(temp.Path, "post a\n\ton x\n", "check", "-", Now);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("<stdin>:2:1: error syntax: ", run.Out, StringComparison.Ordinal);
        Assert.All(run.Out.Split('\n')[..^3], line => Assert.StartsWith("<stdin>:", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Folders_are_searched_recursively_sorted_skipping_tool_folders()
    {
        var plan = "channel x\n";
        foreach (var path in new[]
        {
            "plans/b.cmplan", "plans/a.cmplan", "plans/Z.cmplan", "plans/sub/deeper/c.cmplan", "plans/sub/a.cmplan",
            "plans/node_modules/n.cmplan", "plans/bin/b.cmplan", "plans/obj/o.cmplan", "plans/.git/g.cmplan",
            "plans/sub/bin/b.cmplan", "plans/notes.txt", "plans/plan.cmplan.bak",
        })
        {
            temp.Write(path, plan);
        }

        var run = Cmd.Run(temp.Path, "check", "plans", "plans/a.cmplan", "--format", "json", Now);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["plans/Z.cmplan", "plans/a.cmplan", "plans/b.cmplan", "plans/sub/a.cmplan", "plans/sub/deeper/c.cmplan"], JsonPaths(run));
    }

    [Fact]
    public void Paths_are_relative_to_the_working_folder_when_under_it()
    {
        temp.Write("work/plans/a.cmplan", "channel x\n");
        temp.Write("elsewhere/b.cmplan", "channel x\n");
        var work = temp.Full("work");
        var run = Cmd.Run(work, "check", temp.Full("work/plans/a.cmplan"), "../elsewhere/b.cmplan", "--format=json", Now);
        Assert.Equal(["plans/a.cmplan", temp.Full("elsewhere/b.cmplan").Replace('\\', '/')], JsonPaths(run));
    }

    [Fact]
    public void Crlf_and_bom_files_give_the_same_positions()
    {
        var text = File.ReadAllText(Path.Combine(TempFolder.PlansFolder, "broken.cmplan"));
        temp.Write("lf.cmplan", text);
        temp.Write("crlf.cmplan", text.Replace("\n", "\r\n", StringComparison.Ordinal));
        temp.WriteBytes("bom.cmplan", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal))]);
        string Lines(string name) => Cmd.Run(temp.Path, "check", name, Now).Out.Replace(name, "plan", StringComparison.Ordinal);
        var lf = Lines("lf.cmplan");
        Assert.NotEqual("No problems in 1 file\n", lf);
        Assert.Equal(lf, Lines("crlf.cmplan"));
        Assert.Equal(lf, Lines("bom.cmplan"));
    }

    [Fact]
    public void A_missing_path_is_exit_2() =>
        Cmd.Run(temp.Path, "check", "nowhere.cmplan").AssertUsageError("nowhere.cmplan: no such file or folder");

    [Fact]
    public void A_folder_without_plans_is_exit_2()
    {
        temp.Write("empty/readme.md", "nothing here");
        temp.Write("empty/node_modules/x.cmplan", "channel x\n");
        Cmd.Run(temp.Path, "check", "empty").AssertUsageError("empty: no .cmplan files in this folder");
    }

    [Fact]
    public void No_path_is_a_usage_error() => Cmd.Run(temp.Path, "check", Now).AssertUsageError("check needs at least one path");

    [Theory]
    [InlineData("invalid --format 'xml'", "--format", "xml")]
    [InlineData("invalid --format 'JSON'", "--format=JSON")]
    [InlineData("invalid --max-warnings '-1'", "--max-warnings", "-1")]
    [InlineData("invalid --max-warnings 'many'", "--max-warnings=many")]
    [InlineData("invalid --now 'soon'", "--now", "soon")]
    [InlineData("unknown option '--fix'", "--fix")]
    public void Invalid_options_are_exit_2(string message, params string[] options)
    {
        temp.Write("a.cmplan", "channel x\n");
        Cmd.Run(temp.Path, ["check", "a.cmplan", .. options]).AssertUsageError(message);
    }

    [Fact]
    public void An_invalid_nearest_config_is_exit_2_with_its_location()
    {
        temp.Write("cmplan.json", "{\n  \"policy\": {\"minInterval\": \"0d\"}\n}\n");
        temp.Write("plans/a.cmplan", "channel x\n");
        Cmd.Run(temp.Path, "check", "plans").AssertUsageError("cmplan: cmplan.json:2:29: \"minInterval\" is not a valid duration: \"0d\"");
    }

    [Fact]
    public void The_nearest_config_is_the_closest_one_above_each_plan()
    {
        temp.Write("cmplan.json", "{\"rules\": {\"nope\": \"off\"}}");
        temp.Write("team/cmplan.json", "{}");
        temp.Write("team/plans/a.cmplan", "channel x\n");
        Assert.Equal(0, Cmd.Run(temp.Path, "check", "team/plans").ExitCode);
        temp.Write("other/b.cmplan", "channel x\n");
        Cmd.Run(temp.Path, "check", "team/plans", "other").AssertUsageError("cmplan: cmplan.json:1:12: unknown rule \"nope\"");
    }

    [Fact]
    public void Stdin_takes_the_config_of_the_working_folder()
    {
        temp.Write("cmplan.json", "{\"policy\": []}");
        Cmd.RunWithInput(temp.Path, "channel x\n", "check", "-").AssertUsageError("cmplan: cmplan.json:1:12: \"policy\" must be an object, not an array");
    }

    [Fact]
    public void An_explicit_config_replaces_the_nearest_one()
    {
        temp.Write("cmplan.json", "not json");
        temp.Write("good.json", "{\"policy\": {\"maxRepeats\": 3}}");
        temp.Write("a.cmplan", "channel x\n");
        Assert.Equal(0, Cmd.Run(temp.Path, "check", "a.cmplan", "--config", "good.json").ExitCode);
        Cmd.Run(temp.Path, "check", "a.cmplan").AssertUsageError("cmplan: cmplan.json:1:2: invalid JSON: ");
        Cmd.Run(temp.Path, "check", "a.cmplan", "--config=missing.json").AssertUsageError("cmplan: missing.json: cannot read the file: no such file");
    }
}
