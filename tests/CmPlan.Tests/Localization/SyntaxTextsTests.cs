using System.Text;
using CmPlan.Analysis.Localization;
using CmPlan.Grammar.Parsing;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;

namespace CmPlan.Tests.Localization;

/// <summary>Syntax messages are worded from the grammar's problem: in English exactly as the grammar writes them, in French from the catalogue.</summary>
public class SyntaxTextsTests
{
    private static readonly string[] Plans =
    [
        "chanel x\n",
        "\"plan\n",
        "channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  ??? !!!\n",
        "channel x\n\npost a\n\ton x\n",
        "  on x\n",
        "channel x\n\npost a\n  on x\n   at 2027-03-02 09:00\n",
    ];

    private static IEnumerable<SyntaxDiagnostic> Diagnostics() =>
        Plans.Select(p => PlanParser.Parse(SourceText.From(p)))
            .Append(PlanParser.Parse(SourceText.FromBytes(Encoding.Unicode.GetBytes("plan\n"))))
            .Append(PlanParser.Parse(SourceText.FromBytes([.. "plan \""u8, 0xFF, .. "\"\n"u8])))
            .SelectMany(s => s.Diagnostics);

    [Fact]
    public void Every_kind_is_met_and_English_is_the_grammars_own_text()
    {
        var diagnostics = Diagnostics().ToList();
        Assert.Equal(Enum.GetValues<SyntaxProblemKind>().Order(), diagnostics.Select(d => d.Problem!.Kind).Distinct().Order());
        Assert.All(diagnostics, d => Assert.Equal(d.Message, SyntaxTexts.Of(d, Words.English)));
    }

    [Fact]
    public void French_is_worded_from_the_catalogue()
    {
        var french = Diagnostics().Select(d => SyntaxTexts.Of(d, Words.French)).ToList();
        Assert.Contains("«\u202Fchanel\u202F» ne commence pas un bloc\u202F: une ligne en colonne 0 commence par plan, policy, channel, queue ou post. Vouliez-vous dire «\u202Fchannel\u202F»\u202F? Les lignes en dessous ont été ignorées.", french);
        Assert.Contains("Une tabulation sert à l'indentation\u202F: indentez avec des espaces (2 espaces ici)\u202F; «\u202Fcmplan format\u202F» la répare.", french);
        Assert.All(Diagnostics().Zip(french), pair => Assert.NotEqual(pair.First.Message, pair.Second));
    }
}
