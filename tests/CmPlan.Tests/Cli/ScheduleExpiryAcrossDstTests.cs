using CmPlan.Analysis.Diagnostics;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Cli;

/// <summary>
/// Contract §4: a publication is after its <c>expires</c> when its instant is. A post planned in
/// the spring-forward gap (02:30, out at 03:30) that expires at 02:45 — which is 03:45 that night —
/// goes out in time: <c>after-expiry</c> stays quiet, and <c>schedule</c> must not say otherwise.
/// </summary>
public class ScheduleExpiryAcrossDstTests : IDisposable
{
    private const string Plan = "plan \"Nuit\"\n  timezone Europe/Paris\n\nchannel x\n\npost nuit\n  on x\n  at 2027-03-28 02:30\n  expires 2027-03-28 02:45\n  text \"Nuit blanche 🌙\"\n";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_post_moved_by_a_dst_gap_before_its_expiry_instant_is_not_after_expiry()
    {
        temp.Write("nuit.cmplan", Plan);

        Assert.DoesNotContain(Plans.Analyze(Plan).Diagnostics, d => d.Rule == RuleIds.AfterExpiry);
        var text = Cmd.Run(temp.Path, "schedule", "nuit.cmplan").Out;
        Assert.Contains("Sun 2027-03-28  03:30  +02:00  nuit  x        0\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("after expiry", text, StringComparison.Ordinal);
        Assert.DoesNotContain("afterExpiry", Cmd.Run(temp.Path, "schedule", "nuit.cmplan", "--format", "json").Out, StringComparison.Ordinal);
    }
}
