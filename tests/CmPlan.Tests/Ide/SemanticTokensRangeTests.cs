using System.Text;
using CmPlan.Analysis;
using CmPlan.Analysis.Ide.Structure;
using CmPlan.Grammar.Text;
using CmPlan.Tests.Fuzz;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Ide;

/// <summary>
/// The tokens of a range (what <c>semanticTokens/range</c> encodes) are read from the blocks and
/// comments there only, and lose none of the whole document's tokens that meet the range.
/// </summary>
public class SemanticTokensRangeTests
{
    private static readonly AnalysisOptions Options = AnalysisOptions.Default with { Clock = Plans.DefaultNow };

    [Fact]
    public void The_tokens_meeting_a_range_are_those_of_the_whole_document_that_meet_it()
    {
        for (var seed = 0; seed < 60; seed++)
        {
            var rng = new Random(seed);
            var source = SourceText.From(Encoding.UTF8.GetString(FuzzInputs.Case(seed)));
            var result = PlanAnalyzer.Analyze(source, Options);
            var whole = SemanticTokens.Of(result);
            var length = source.Length;
            for (var n = 0; n < 10; n++)
            {
                var start = rng.Next(length + 1);
                var range = TextSpan.FromBounds(start, Math.Min(length, start + rng.Next(200)));
                bool Meets(SemanticToken t) => t.Offset + t.Length >= range.Start && t.Offset <= range.End;
                var meeting = SemanticTokens.Meeting(result, range);
                Assert.Equal(whole.Where(Meets), meeting.Where(Meets));
                Assert.True(meeting.Length <= whole.Length);
            }
        }
    }

    [Fact]
    public void Blocks_away_from_the_range_are_not_read()
    {
        var plan = "plan \"Vélo 🚲\"\n  timezone Europe/Paris\n\nchannel x\n\n"
            + string.Join("\n", Enumerable.Range(0, 50).Select(i => $"post p{i}\n  on x\n  at 2027-03-02 09:00\n  text \"Balade n°{i} #vélo\"\n"));
        var result = PlanAnalyzer.Analyze(plan, Options);
        var last = result.Syntax.Blocks.Last();
        var meeting = SemanticTokens.Meeting(result, last.HeaderSpan);
        Assert.All(meeting, t => Assert.True(t.Offset >= last.Span.Start, $"token at {t.Offset} before the last block"));
        Assert.Contains(meeting, t => t.Type == SemanticTokenType.String);
    }
}
