using System.Collections.Frozen;

namespace CmPlan.Analysis.Diagnostics;

/// <summary>Every rule of the language (contract §5), structural ones included, in catalogue order.</summary>
public static class RuleCatalog
{
    public static Uri DocsBaseUri { get; } = new("https://github.com/cmplan/cmplan/blob/main/docs/rules/");

    private static readonly RuleDescriptor[] Structural =
    [
        new(RuleIds.Syntax, Severity.Error, true, "Syntax error", "A line cannot be read as a block header or as a property."),
        new(RuleIds.UnknownProperty, Severity.Error, true, "Unknown property", "A block has a property the language does not define for it."),
        new(RuleIds.MissingProperty, Severity.Error, true, "Missing property", "A block lacks a required property."),
        new(RuleIds.DuplicateProperty, Severity.Error, true, "Duplicate property", "A property that may appear once appears twice."),
        new(RuleIds.InvalidValue, Severity.Error, true, "Invalid value", "A property's value does not have the expected form, or is not a valid value."),
        new(RuleIds.UnknownReference, Severity.Error, true, "Unknown reference", "An on or queue names a channel or queue that is not declared."),
        new(RuleIds.DuplicateDefinition, Severity.Error, true, "Duplicate definition", "Two blocks of the same kind have the same id, or a file has two plan or policy blocks."),
        new(RuleIds.ConflictingSchedule, Severity.Error, true, "Conflicting schedule", "A queue item also has on, at or repeat."),
        new(RuleIds.UnknownRule, Severity.Error, true, "Unknown rule", "A rule setting or a suppression names no rule."),
    ];

    /// <summary>Configurable rules whose class is not written yet; each moves to its rule class when implemented.</summary>
    private static readonly RuleDescriptor[] Pending =
    [
        new(RuleIds.UnboundedRepost, Severity.Error, false, "Unbounded repost", "A repeat or a queue recycle has neither times nor until, so it never ends."),
        new(RuleIds.AfterExpiry, Severity.Error, false, "Publication after expiry", "A post is scheduled after the date its content expires."),
        new(RuleIds.ExpiredContent, Severity.Warning, false, "Expired content", "A post or queue item expired before now."),
        new(RuleIds.QueueTooFrequent, Severity.Warning, false, "Queue recycles too fast", "A queue publishes the same item twice less than min-interval apart."),
        new(RuleIds.TooManyRepeats, Severity.Warning, false, "Too many repeats", "A content gets more reposts than the policy's max-repeats."),
        new(RuleIds.SpanTooLong, Severity.Warning, false, "Reposted for too long", "A content's first and last publications are further apart than max-span."),
        new(RuleIds.SlotConflict, Severity.Warning, false, "Slot conflict", "Two publications on one channel are less than min-gap apart."),
        new(RuleIds.AutomationRatio, Severity.Warning, false, "Too much automation", "In some week, reposts exceed max-automated of a channel's publications."),
        new(RuleIds.NonexistentTime, Severity.Error, false, "Nonexistent local time", "A date-time falls in a daylight-saving gap and does not exist."),
        new(RuleIds.AmbiguousTime, Severity.Warning, false, "Ambiguous local time", "A date-time falls in a daylight-saving overlap and happens twice."),
        new(RuleIds.OutsidePlan, Severity.Warning, false, "Outside the plan", "A post's first publication is before the plan's start or after its end."),
        new(RuleIds.PastPublication, Severity.Info, false, "Past publication", "A post's first publication is already in the past."),
        new(RuleIds.OffSlot, Severity.Hint, false, "Off slot", "A post is not at one of its channel's usual slot times."),
    ];

    /// <summary>
    /// Every rule in contract order: the configurable ones from their rule classes
    /// (<see cref="Rules.RuleRegistry"/>) and the structural ones, which the parser and binder report.
    /// Declared after the lists it combines: static initializers run in textual order.
    /// </summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
        [.. Rules.RuleRegistry.All.Select(r => r.Descriptor)
            .Concat(Pending)
            .Append(Rules.Suppression.UnusedSuppression.Descriptor)
            .Concat(Structural)
            .OrderBy(r => IndexOf(r.Id))];

    private static int IndexOf(string id)
    {
        for (var i = 0; i < RuleIds.InContractOrder.Count; i++)
        {
            if (RuleIds.InContractOrder[i] == id)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static readonly FrozenDictionary<string, RuleDescriptor> ById = All.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);

    public static RuleDescriptor? Find(string id) => ById.GetValueOrDefault(id);

    public static RuleDescriptor Get(string id) => ById[id];
}
