using CmPlan.Analysis.Formatting;
using CmPlan.Grammar.Text;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Formatting;

/// <summary>
/// Before/after cases: <c>Golden/format/NAME.cmplan</c> formats to <c>NAME.formatted.cmplan</c>
/// (re-accept with <c>CMPLAN_ACCEPT=1</c>), and the result keeps the plan and is a fixpoint.
/// </summary>
public class FormatGoldenTests
{
    private static string Folder => Path.Combine(Golden.Folder(), "format");

    public static TheoryData<string> Cases() =>
        [.. Directory.GetFiles(Folder, "*.cmplan")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(name => !name.Contains('.', StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Formats_to_its_baseline(string name)
    {
        var source = SourceText.FromBytes(File.ReadAllBytes(Path.Combine(Folder, name + ".cmplan")));
        var formatted = FormatAssert.KeepsThePlan(source);
        Golden.Verify(Path.Combine("format", name + ".formatted.cmplan"), formatted);
    }
}
