using CmPlan.Analysis;
using CmPlan.Analysis.Configuration;
using NodaTime;

namespace CmPlan.Tests.Ide;

/// <summary>The plan the hover and inlay hint tests read, analysed with a fixed clock.</summary>
internal static class HoverTestPlan
{
    public const string Text = """
        plan "P"
          timezone Europe/Paris
          end 2027-06-30

        policy
          min-interval 7d

        channel x
          slots weekdays 09:00 12:30

        channel insta
          network instagram

        queue tips
          on x
          slots mon, thu 08:00
          start 2027-03-01
          recycle until 2027-03-31

        post webinar
          on x, insta
          at 2027-03-10 12:30
          repeat every 7d times 3
          expires 2027-03-25
          text "Join us"
          media https://example.org/webinar.png alt "Poster"

        post tip-1
          queue tips
          text "Tip one"

        post tip-2
          queue tips
          text "Tip two"

        """;

    public static AnalysisResult Analyze(LocalDateTime now, string text = Text) =>
        PlanAnalyzer.Analyze(text.Replace("\r\n", "\n", StringComparison.Ordinal), new AnalysisOptions(PlanClock.AtLocal(now), ConfigFile.Empty));

    public static int At(string text, string needle, int plus = 0)
    {
        var index = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{needle}' is not in the plan");
        return index + plus;
    }
}
