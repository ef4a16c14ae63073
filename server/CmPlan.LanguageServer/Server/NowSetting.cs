using CmPlan.Analysis;

namespace CmPlan.LanguageServer.Server;

/// <summary>The <c>cmplan.now</c> setting, read like <c>--now</c>: empty means <paramref name="fallback"/>, an invalid value null.</summary>
public static class NowSetting
{
    public static PlanClock? Parse(string value, PlanClock fallback) =>
        value.Trim().Length == 0 ? fallback : PlanClockText.TryParse(value);
}
