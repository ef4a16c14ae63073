using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Values;
using CmPlan.Grammar.Values.Reading;

namespace CmPlan.Analysis.Binding;

/// <summary>Binds a <c>queue</c>; its items are attached once posts are bound.</summary>
internal static class QueueBinder
{
    public static QueueModel Bind(BlockSyntax block, string id, PlanInfo plan, DiagnosticBag diagnostics)
    {
        var bag = new PropertyBag(block, diagnostics);
        bag.Require("on", "on x, insta");
        if (!bag.Has("slots"))
        {
            bag.Require("slots", "slots weekdays 09:00 18:00");
        }

        var start = bag.Read("start", ValueReader.DateOrDateTime);
        if (!bag.Has("start") && plan.Start is { } planStart)
        {
            start = new Located<DateTimeValue>(new DateTimeValue(planStart.Value, null), planStart.Span);
        }
        else if (!bag.Has("start"))
        {
            bag.Require("start", "start 2027-03-01", MessageId.MissingQueueStart);
        }

        return new QueueModel(
            id,
            bag.Read("on", Ids.IdList)?.Value ?? [],
            [.. bag.ReadAll("slots", ValueReader.Slots)],
            start,
            ReadRecycle(bag),
            [],
            block);
    }

    /// <summary>A bare <c>recycle</c> is valid: it recycles without bound (which a rule reports).</summary>
    private static Located<RecycleValue>? ReadRecycle(PropertyBag bag) => bag.Get("recycle") switch
    {
        null => null,
        { Value: null } bare => new Located<RecycleValue>(new RecycleValue(null, null), bare.Key.Span),
        var property => bag.Read(property, ValueReader.Recycle),
    };
}
