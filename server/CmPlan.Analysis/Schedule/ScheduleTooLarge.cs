using System.Globalization;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Schedule;

/// <summary>
/// The structural error <c>schedule-too-large</c> (contract §4 Budget): once, on the <c>repeat</c> or
/// <c>recycle</c> (else the <c>at</c>, or a queue's header) of what was being expanded when the budget
/// ran out. Made from the model it is reported against, so that it lands where that model's spans are.
/// </summary>
public static class ScheduleTooLarge
{
    public static Diagnostic? Of(PlanSchedule schedule, PlanModel model, Language language = Language.English)
    {
        if (schedule.Exhausted is not { } source)
        {
            return null;
        }

        var words = Words.For(language);
        var budget = language == Language.French
            ? words.Number(ScheduleBuilder.Budget)
            : ScheduleBuilder.Budget.ToString("N0", CultureInfo.InvariantCulture);
        TextSpan span;
        string what;
        if (source.IsQueue)
        {
            var queue = model.Queues[source.Index];
            span = queue.Recycle?.Span ?? queue.Syntax.NameOrKeywordSpan;
            what = words.Say(MessageId.ScheduleTooLargeQueue, ("id", queue.Id));
        }
        else
        {
            var post = model.Posts[source.Index];
            span = post.Repeat?.Span ?? post.At?.Span ?? post.Syntax.NameOrKeywordSpan;
            what = words.Say(MessageId.ScheduleTooLargePost, ("id", post.Id));
        }

        return new Diagnostic(
            RuleIds.ScheduleTooLarge,
            Severity.Error,
            span,
            words.Say(MessageId.ScheduleTooLarge, ("budget", budget), ("what", what)));
    }
}
