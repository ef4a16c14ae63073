using CmPlan.Grammar.Parsing;
using CmPlan.Grammar.Text;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Grammar;

/// <summary>
/// Baseline trees: each <c>Golden/syntax/NAME.cmplan</c> parses to the tree in <c>NAME.tree</c>
/// (re-accept with <c>CMPLAN_ACCEPT=1</c>). Line endings and bad bytes that a checkout could
/// alter are built here instead of stored in files.
/// </summary>
public class SyntaxGoldenTests
{
    public static TheoryData<string> Inputs() =>
        [.. Directory.GetFiles(Path.Combine(Golden.Folder(), "syntax"), "*.cmplan")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void File_parses_to_its_baseline(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Golden.Folder(), "syntax", name + ".cmplan"));
        Verify(name, SourceText.FromBytes(bytes));
    }

    [Fact]
    public void Crlf() =>
        Verify("crlf", SourceText.From("# CRLF\r\npost a  # c\r\n  on x\r\n  text\r\n    Bonjour\r\n\r\n    #tag  \r\n\r\npost b\r\n"));

    [Fact]
    public void Lone_cr() =>
        Verify("lone-cr", SourceText.From("post a\r  on x\r\r  text\r    un\r    deux\r"));

    [Fact]
    public void Mixed_line_endings() =>
        Verify("mixed-endings", SourceText.From("post a\n  on x\r\n  at y\r\r\n  text\n\r    un\n"));

    [Fact]
    public void Bom_and_invalid_utf8() =>
        Verify("invalid-utf8", SourceText.FromBytes([0xEF, 0xBB, 0xBF, .. "post a\n  text \"caf"u8, 0xE9, .. "\"\n  on x"u8, 0xC3]));

    private static void Verify(string name, SourceText source)
    {
        var document = PlanParser.Parse(source);
        SyntaxInvariants.Check(document);
        Golden.Verify(Path.Combine("syntax", name + ".tree"), SyntaxTreePrinter.Print(document));
    }
}
