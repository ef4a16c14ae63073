namespace CmPlan.Tests.Cli;

/// <summary>
/// Issue 15, "Every core": <c>check</c>, <c>format</c> and <c>fix</c> work on many plans at once, and
/// what they print — stdout and stderr, byte for byte — and their exit code are those of a run on
/// one plan at a time (<c>--jobs 1</c>): same order, same unreadable entries, same configurations.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class ParallelRunTests : IDisposable
{
    private static readonly string[] Plans = ["broken", "clean", "emoji", "schedule", "soldes", "spring", "utc", "warnings"];

    private readonly TempFolder one = new();
    private readonly TempFolder many = new();

    public ParallelRunTests()
    {
        Populate(one);
        Populate(many);
    }

    public void Dispose()
    {
        one.Dispose();
        many.Dispose();
    }

    /// <summary>
    /// 27 plans with every kind of problem in three folders (two with a <c>cmplan.json</c> of their
    /// own), a named pipe and a name that is not UTF-8 among them, and a plan that is not UTF-8.
    /// </summary>
    private static void Populate(TempFolder folder)
    {
        folder.Write("equipe-a/cmplan.json", "{\"rules\": {\"repost-too-frequent\": \"error\", \"whitespace\": \"off\"}}");
        folder.Write("equipe-b/cmplan.json", "{\"policy\": {\"minInterval\": \"2d\"}}");
        foreach (var (dir, copy) in new[] { "equipe-a", "equipe-b", "sans-config" }.SelectMany(dir => new[] { 1, 2, 3 }.Select(copy => (dir, copy))))
        {
            if (copy == 1 || dir != "sans-config")
            {
                foreach (var plan in Plans.Where((_, i) => (i + copy) % 3 != 0))
                {
                    folder.CopyPlan(plan + ".cmplan", $"{dir}/{copy}-{plan}.cmplan");
                }
            }
        }

        folder.WriteBytes("sans-config/latin1.cmplan", [.. "channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  text \"caf"u8, 0xE9, .. "\"\n"u8]);
        SafeWrites.ReadOnly.RunTool("mkfifo", folder.Full("equipe-b/tube.cmplan"));
        Assert.Equal(0, Hardening.Shell.Run("printf 'channel x\\n' > \"$(printf 'equipe-a/caf\\351.cmplan')\"", folder.Path).ExitCode);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    [InlineData("markdown")]
    [InlineData("gitlab")]
    public void Check_prints_what_a_run_on_one_core_prints_in_every_format(string format)
    {
        var run = AssertSameAsOneJob(["check", ".", "--now", "2027-02-01", "--format", format], expectedExit: 2);
        Assert.StartsWith("cmplan: cannot read equipe-a/caf\uFFFD.cmplan: the file name is not valid UTF-8\ncmplan: cannot read equipe-b/tube.cmplan", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_with_max_warnings_and_french_messages_is_the_same()
    {
        var run = AssertSameAsOneJob(["check", "equipe-b", "sans-config", "--now", "2027-02-01", "--max-warnings", "0", "--lang", "fr"], expectedExit: 2);
        Assert.Equal("cmplan: impossible de lire equipe-b/tube.cmplan\u202F: un tube nommé, pas un fichier ordinaire\ncmplan: 1 fichier n'a pas pu être lu\n", run.Error);
    }

    [Fact]
    public void Check_names_both_configurations_in_the_order_of_first_use()
    {
        var run = AssertSameAsOneJob(["check", "equipe-b", "equipe-a", "--now", "2027-02-01"], expectedExit: 2);
        Assert.EndsWith("Configurations: equipe-b/cmplan.json, equipe-a/cmplan.json\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_check_is_the_same() => AssertSameAsOneJob(["format", ".", "--check"], expectedExit: 2);

    [Fact]
    public void Format_writes_the_same_files_and_prints_the_same() => AssertSameFiles(AssertSameAsOneJob(["format", "."], expectedExit: 2));

    [Fact]
    public void Fix_dry_run_is_the_same() => AssertSameAsOneJob(["fix", ".", "--dry-run", "--now", "2027-02-01"], expectedExit: 2);

    [Fact]
    public void Fix_unsafe_writes_the_same_files_and_prints_the_same()
    {
        var run = AssertSameAsOneJob(["fix", ".", "--unsafe", "--now", "2027-02-01"], expectedExit: 2);
        AssertSameFiles(run);
        Assert.Contains("cmplan: sans-config/latin1.cmplan: not fixed: invalid UTF-8 at byte 58\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_number_of_jobs_is_a_whole_number_of_one_or_more()
    {
        Cmd.Run(one.Path, "check", ".", "--jobs", "0").AssertUsageError("invalid --jobs '0': expected a whole number, 1 or more");
        Cmd.RunWithEnvironment(one.Path, [], new Dictionary<string, string> { ["CMPLAN_JOBS"] = "beaucoup" }, "format", ".", "--check")
            .AssertUsageError("invalid CMPLAN_JOBS 'beaucoup'");
    }

    [Fact]
    public void The_environment_sets_the_number_of_jobs_and_the_option_wins()
    {
        var byVariable = Cmd.RunWithEnvironment(many.Path, [], new Dictionary<string, string> { ["CMPLAN_JOBS"] = "1" }, "check", ".", "--now", "2027-02-01");
        var byOption = Cmd.RunWithEnvironment(many.Path, [], new Dictionary<string, string> { ["CMPLAN_JOBS"] = "0" }, "check", ".", "--now", "2027-02-01", "--jobs", "3");
        Assert.Equal(byVariable, byOption);
    }

    /// <summary>The command in <see cref="one"/> with one job and in <see cref="many"/> with six: the same run. Returns it.</summary>
    private CliRun AssertSameAsOneJob(string[] args, int expectedExit)
    {
        var sequential = Cmd.Run(one.Path, [.. args, "--jobs", "1"]);
        var parallel = Cmd.Run(many.Path, [.. args, "--jobs", "6"]);
        Assert.Equal(sequential.Error, parallel.Error);
        Assert.Equal(sequential.Out, parallel.Out);
        Assert.Equal((expectedExit, expectedExit), (sequential.ExitCode, parallel.ExitCode));
        return parallel;
    }

    /// <summary>Both folders hold the same files after the runs, and the run changed some.</summary>
    private void AssertSameFiles(CliRun run)
    {
        // Not the pipe (a read would wait) nor the name .NET cannot spell.
        var written = Directory.GetFiles(one.Path, "*.cmplan", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(one.Path, f))
            .Where(f => !f.Contains("tube", StringComparison.Ordinal) && !f.Contains("caf", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(written.Count >= 24, $"{written.Count} files");
        foreach (var file in written)
        {
            Assert.Equal(File.ReadAllBytes(one.Full(file)), File.ReadAllBytes(many.Full(file)));
        }

        using var pristine = new TempFolder();
        Populate(pristine);
        Assert.Contains(written, f => !File.ReadAllBytes(pristine.Full(f)).SequenceEqual(File.ReadAllBytes(one.Full(f))));

        Assert.NotEqual("", run.Out);
    }
}
