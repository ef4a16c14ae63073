using System.Text;
using CmPlan.Analysis.Formatting;
using CmPlan.Grammar.Text;

namespace CmPlan.Tests.Cli;

public class FormatCommandTests : IDisposable
{
    private const string Messy = "plan \"Messy\"\n    timezone Europe/Paris   \n\nchannel x   \n\n\npost a\n    on x\n    at 2027-03-10 12:30\n    text \"Bonjour\"\n\n\n";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private static string Formatted(string text) => PlanFormatter.Format(SourceText.From(text)).Text!;

    private byte[] Bytes(string relative) => File.ReadAllBytes(temp.Full(relative));

    [Fact]
    public void Rewrites_files_that_change_and_counts_them()
    {
        temp.Write("plans/messy.cmplan", Messy);
        temp.Write("plans/tidy.cmplan", Formatted(Messy));
        var run = Cmd.Run(temp.Path, "format", "plans");
        Assert.Equal("", run.Error);
        Assert.Equal("1 file reformatted, 1 file left unchanged\n", run.Out);
        Assert.Equal(0, run.ExitCode);
        Assert.NotEqual(Messy, Formatted(Messy));
        Assert.Equal(Formatted(Messy), temp.Read("plans/messy.cmplan"));
        Assert.Equal(["messy.cmplan", "tidy.cmplan"], Directory.GetFiles(temp.Full("plans")).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Check_lists_what_would_change_and_writes_nothing()
    {
        temp.Write("plans/messy.cmplan", Messy);
        temp.Write("plans/tidy.cmplan", Formatted(Messy));
        var run = Cmd.Run(temp.Path, "format", "--check", "plans");
        Assert.Equal("Would reformat: plans/messy.cmplan\n1 file would be reformatted, 1 file already formatted\n", run.Out);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(Messy, temp.Read("plans/messy.cmplan"));

        var clean = Cmd.Run(temp.Path, "format", "plans/tidy.cmplan", "--check");
        Assert.Equal(0, clean.ExitCode);
        Assert.Equal("0 files would be reformatted, 1 file already formatted\n", clean.Out);
    }

    [Fact]
    public void Keeps_bom_line_endings_and_permissions()
    {
        var crlf = Messy.Replace("\n", "\r\n", StringComparison.Ordinal);
        var path = temp.WriteBytes("bom.cmplan", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(crlf)]);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        }

        Assert.Equal(0, Cmd.Run(temp.Path, "format", "bom.cmplan").ExitCode);
        var bytes = Bytes("bom.cmplan");
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Equal(Formatted(crlf), text);
        Assert.Contains("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
        }

        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Invalid_utf8_is_reported_and_left_untouched()
    {
        byte[] bad = [.. Encoding.UTF8.GetBytes("post a\n    text \""), 0xFF, .. Encoding.UTF8.GetBytes("\"\n")];
        temp.WriteBytes("bad.cmplan", bad);
        temp.Write("messy.cmplan", Messy);
        var run = Cmd.Run(temp.Path, "format", "bad.cmplan", "messy.cmplan");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("cmplan: bad.cmplan: not formatted: invalid UTF-8 at byte 17\n", run.Error);
        Assert.Equal("1 file reformatted, 0 files left unchanged, 1 file not formatted\n", run.Out);
        Assert.Equal(bad, Bytes("bad.cmplan"));
        Assert.Equal(Formatted(Messy), temp.Read("messy.cmplan"));
    }

    [Fact]
    public void A_refused_file_is_reported_and_left_untouched()
    {
        var broken = "post a\n  text \"x\"   \n  : bad\n"; // not a tab: format repairs those
        temp.Write("broken.cmplan", broken);
        var run = Cmd.Run(temp.Path, "format", "broken.cmplan");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("cmplan: broken.cmplan: not formatted: line 3, column 3: ", run.Error, StringComparison.Ordinal);
        Assert.Equal(1, run.Error.Count(c => c == '\n'));
        Assert.Equal(broken, temp.Read("broken.cmplan"));
    }

    [Fact]
    public void A_file_that_cannot_be_written_is_reported_and_left_intact()
    {
        temp.Write("locked/messy.cmplan", Messy);
        using (SafeWrites.ReadOnly.Folder(temp.Full("locked")))
        {
            var run = Cmd.Run(temp.Path, "format", "locked");
            Assert.Equal(1, run.ExitCode);
            Assert.StartsWith("cmplan: locked/messy.cmplan: cannot write (", run.Error, StringComparison.Ordinal);
            Assert.EndsWith("); left unchanged\n", run.Error, StringComparison.Ordinal);
            Assert.Equal("0 files reformatted, 0 files left unchanged, 1 file not formatted\n", run.Out);
        }

        Assert.Equal(Messy, temp.Read("locked/messy.cmplan"));
        Assert.Single(Directory.GetFiles(temp.Full("locked")));
    }

    [Fact]
    public void A_symbolic_link_named_on_the_command_line_is_read_but_not_written()
    {
        var target = temp.Write("real/plan.cmplan", Messy);
        var link = temp.Full("link.cmplan");
        File.CreateSymbolicLink(link, target);
        var run = Cmd.Run(temp.Path, "format", "link.cmplan");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("cmplan: link.cmplan: not written: a symbolic link (fix and format write only regular files inside the folder they are given)\n", run.Error);
        Assert.Equal("0 files reformatted, 0 files left unchanged, 1 file not formatted\n", run.Out);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal(Messy, File.ReadAllText(target));
        Assert.Equal("Would reformat: link.cmplan\n1 file would be reformatted, 0 files already formatted\n", Cmd.Run(temp.Path, "format", "--check", "link.cmplan").Out);
    }

    [Fact]
    public void Dash_formats_stdin_to_stdout()
    {
        var run = Cmd.RunWithInput(temp.Path, Messy, "format", "-");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Formatted(Messy), run.Out);
        Assert.Equal(1, Cmd.RunWithInput(temp.Path, Messy, "format", "-", "--check").ExitCode);
        var tidy = Cmd.RunWithInput(temp.Path, Formatted(Messy), "format", "--check", "-");
        Assert.Equal((0, ""), (tidy.ExitCode, tidy.Out));
    }

    [Fact]
    public void Stdin_is_not_mixed_with_files()
    {
        temp.Write("a.cmplan", Messy);
        Cmd.Run(temp.Path, "format", "-", "a.cmplan").AssertUsageError("cannot be combined with other paths");
    }

    [Fact]
    public void Bad_arguments_are_exit_2()
    {
        Cmd.Run(temp.Path, "format").AssertUsageError("format needs at least one path");
        Cmd.Run(temp.Path, "format", "missing.cmplan").AssertUsageError("missing.cmplan: no such file or folder");
        Cmd.Run(temp.Path, "format", "--check=yes", "x").AssertUsageError("option '--check' takes no value");
        Cmd.Run(temp.Path, "format", "--format", "x").AssertUsageError("unknown option '--format'");
    }
}
