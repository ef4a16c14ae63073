using System.Globalization;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Grammar.Text;
using NodaTime;
using NodaTime.Calendars;

namespace CmPlan.Analysis.Rules.Calendar;

/// <summary>
/// <c>automation-ratio</c>: a channel whose publications in some ISO week (of their local date) are
/// at least 4 and more than <c>max-automated</c> percent reposts. Reported once per channel, on its
/// header, naming the first such week and how many there are. Doc: docs/rules/automation-ratio.md.
/// </summary>
public sealed class AutomationRatioRule : Rule
{
    /// <summary>Below this many publications a week, one repost would already be a large share: not worth a warning.</summary>
    private const int MinimumPublications = 4;

    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.AutomationRatio,
        Severity.Warning,
        false,
        "Too much automation",
        "In some week, reposts exceed max-automated of a channel's publications.");

    public override bool FollowsSchedule => true;

    public override void CheckPlan(RuleContext context)
    {
        var maximum = context.Settings.MaxAutomated;
        foreach (var channel in context.Model.Channels)
        {
            Week? first = null;
            var weeks = 0;
            var current = new Week(default, 0, 0);
            foreach (var publication in context.Schedule.OnChannel(channel.Id))
            {
                // The schedule is in time order, so each week's publications come together.
                var monday = publication.Local.Date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
                if (current.Monday != monday)
                {
                    Close(current);
                    current = new Week(monday, 0, 0);
                }

                current = current with
                {
                    Publications = current.Publications + 1,
                    Reposts = current.Reposts + (publication.IsRepost ? 1 : 0),
                };
            }

            Close(current);
            if (first is not { } week)
            {
                continue;
            }

            var header = channel.Syntax;
            var span = TextSpan.FromBounds(header.Keyword.Span.Start, header.NameOrKeywordSpan.End);
            var words = context.Words;
            var others = weeks == 1
                ? words.Say(MessageId.AutomationOnlyWeek)
                : words.Say(MessageId.AutomationWeeks, ("weeks", words.Count(weeks, Noun.Week)));
            context.Report(
                span,
                words.Say(
                    MessageId.AutomationRatio,
                    ("monday", words.Day(week.Monday)),
                    ("reposts", words.Number(week.Reposts)),
                    ("publications", words.Number(week.Publications)),
                    ("channel", channel.Id),
                    ("verb", words.Say(words.IsSingular(week.Reposts) ? MessageId.AutomationIsRepost : MessageId.AutomationAreReposts)),
                    ("percent", Percent(words, week.Reposts, week.Publications, maximum)),
                    ("maximum", words.Number(maximum)),
                    ("others", others)));

            void Close(Week candidate)
            {
                if (candidate.Publications >= MinimumPublications && (long)candidate.Reposts * 100 > (long)maximum * candidate.Publications)
                {
                    weeks++;
                    first ??= candidate;
                }
            }
        }
    }

    /// <summary>The share as a whole percent ("86%"); to a tenth, rounded up, where a whole one would read as not above the maximum.</summary>
    private static string Percent(Words words, int part, int whole, int maximum)
    {
        var share = part * 100m / whole;
        var rounded = Math.Round(share, MidpointRounding.AwayFromZero);
        var shown = rounded > maximum ? rounded : Math.Ceiling(share * 10m) / 10m;
        return words.Language == Language.French
            ? FrenchText.Decimal((double)shown) + FrenchText.ThinSpace + "%"
            : shown.ToString("0.#", CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>One ISO week of a channel (Monday to Sunday, local dates) and what it publishes.</summary>
    private readonly record struct Week(LocalDate Monday, int Publications, int Reposts);
}
