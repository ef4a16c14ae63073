using CmPlan.Analysis;
using CmPlan.Analysis.Ide.Hover;
using CmPlan.Analysis.Ide.InlayHints;
using CmPlan.Grammar.Text;
using CmPlan.Tests.Support;
using NodaTime;

namespace CmPlan.Tests.Ide;

/// <summary>Hover and inlay hints at the ends of NodaTime's range: a "now" or a date the zone cannot map gives text, not an exception.</summary>
public class ExtremeTimeTests
{
    private const string Plan =
        "plan \"Bout du temps\"\n  timezone Pacific/Kiritimati\n\nchannel x\n\npost fin\n  on x\n  at 9999-12-31 23:00\n  repeat every 1d times 2\n  expires 9999-12-31\n  text \"Bonjour\"\n";

    public static TheoryData<string> Nows() => ["max", "min"];

    [Theory]
    [MemberData(nameof(Nows))]
    public void Hover_and_hints_never_throw(string which)
    {
        var now = PlanClock.At(which == "max" ? Instant.MaxValue : Instant.MinValue);
        var result = Plans.Analyze(Plan, now);
        for (var offset = 0; offset <= Plan.Length; offset++)
        {
            _ = HoverService.Hover(result, offset);
        }

        _ = InlayHintService.Hints(result, new TextSpan(0, Plan.Length));
    }
}
