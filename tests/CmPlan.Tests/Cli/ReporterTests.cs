using System.Text.Json;
using CmPlan.Cli.Reporting;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Cli;

public class ReporterTests
{
    private static string Report(ICheckReporter reporter)
    {
        var files = SyntheticReport.Files();
        using var output = new StringWriter { NewLine = "\n" };
        reporter.Write(files, CheckSummary.From(files), output);
        return output.ToString();
    }

    [Fact]
    public void Text() => Golden.Verify("cli/report.txt", Report(new TextReporter()));

    [Fact]
    public void Json() => Golden.Verify("cli/report.json", Report(new JsonReporter()));

    [Fact]
    public void Github() => Golden.Verify("cli/report.github.txt", Report(new GithubReporter()));

    [Fact]
    public void Sarif() => Golden.Verify("cli/report.sarif", Report(new SarifReporter()));

    [Fact]
    public void Text_columns_count_utf16_code_units()
    {
        // "  text \"🎉🎉 Fête  du printemps 2026 \"": each emoji is two UTF-16 units, so 2026 starts at column 33 (31 in code points).
        var line = Report(new TextReporter()).Split('\n').Single(l => l.Contains("dated-content", StringComparison.Ordinal));
        Assert.StartsWith("plans/fête,été:2027.cmplan:9:33: warning dated-content: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_has_the_contract_shape_and_keeps_non_ascii_readable()
    {
        var json = Report(new JsonReporter());
        Assert.Contains("\"message\": \"Two blanks in a row\"", json, StringComparison.Ordinal);
        Assert.Contains("🎉", Report(new SarifReporter()), StringComparison.Ordinal);
        Assert.Contains("\"path\": \"plans/fête,été:2027.cmplan\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(["version", "files", "summary"], root.EnumerateObject().Select(p => p.Name));
        var diagnostic = root.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray()
            .Single(d => d.GetProperty("rule").GetString() == "dated-content");
        Assert.Equal(["rule", "severity", "message", "line", "column", "endLine", "endColumn", "fixes"], diagnostic.EnumerateObject().Select(p => p.Name));
        Assert.Equal((9, 33, 9, 37), (diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32(), diagnostic.GetProperty("endLine").GetInt32(), diagnostic.GetProperty("endColumn").GetInt32()));
        var fix = diagnostic.GetProperty("fixes")[0];
        Assert.Equal(["title", "preferred", "safe", "edits"], fix.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["line", "column", "endLine", "endColumn", "newText"], fix.GetProperty("edits")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["files", "errors", "warnings", "infos", "hints"], root.GetProperty("summary").EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, root.GetProperty("summary").GetProperty("files").GetInt32());
    }

    [Fact]
    public void Github_escapes_data_and_properties()
    {
        Assert.Equal("100%25 a%0D%0Ab: c, d", GithubReporter.EscapeData("100% a\r\nb: c, d"));
        Assert.Equal("a%3Ab%2Cc%25%0A", GithubReporter.EscapeProperty("a:b,c%\n"));
        var lines = Report(new GithubReporter()).TrimEnd('\n').Split('\n');
        Assert.Equal(6, lines.Length);
        Assert.Equal(
            "::warning file=plans/fête%2Cété%3A2027.cmplan,line=4,col=1,endLine=4,endColumn=10,title=automation-ratio::In week 2027-W10, 3 of 4 publications (75%25) are reposts, over max-automated 50%25: it happens in 2 weeks,%0Afirst one shown",
            lines[0]);
        Assert.StartsWith("::notice file=", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("::error file=", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("::notice file=", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("::warning file=", lines[4], StringComparison.Ordinal);
        Assert.Equal("::debug::Configuration: none (built-in defaults)", lines[5]);
    }

    [Fact]
    public void Summary_lines()
    {
        Assert.Equal("No problems in 1 file", TextReporter.SummaryLine(new CheckSummary(1, 0, 0, 0, 0)));
        Assert.Equal("No problems in 2 files", TextReporter.SummaryLine(new CheckSummary(2, 0, 0, 0, 0)));
        Assert.Equal("1 problem (1 error, 0 warnings, 0 infos, 0 hints) in 1 file", TextReporter.SummaryLine(new CheckSummary(1, 1, 0, 0, 0)));
        Assert.Equal("3 problems (1 error, 2 warnings, 0 infos, 0 hints) in 2 files", TextReporter.SummaryLine(new CheckSummary(2, 1, 2, 0, 0)));
        Assert.Equal("2 problems (0 errors, 0 warnings, 1 info, 1 hint) in 3 files", TextReporter.SummaryLine(new CheckSummary(3, 0, 0, 1, 1)));
    }

    [Fact]
    public void Sarif_fingerprints_are_stable_and_distinguish_occurrences()
    {
        var a = new SarifFingerprints();
        var b = new SarifFingerprints();
        var first = a.Next("whitespace", "p.cmplan", "  text \"a  b\"  ");
        Assert.Equal(first, b.Next("whitespace", "p.cmplan", "text \"a  b\""));
        Assert.NotEqual(first, a.Next("whitespace", "p.cmplan", "text \"a  b\""));
        Assert.NotEqual(first, b.Next("whitespace", "q.cmplan", "text \"a  b\""));
        Assert.Equal(32, first.Length);
    }
}
