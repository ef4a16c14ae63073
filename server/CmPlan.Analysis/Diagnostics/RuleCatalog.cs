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
        new(RuleIds.ScheduleTooLarge, Severity.Error, true, "Schedule too large", "The plan expands to more publications than the budget of 1,000,000; the rest was not expanded."),
    ];

    /// <summary>
    /// Every rule in contract order: the configurable ones from their rule classes
    /// (<see cref="Rules.RuleRegistry"/>) and the structural ones, which the parser and binder report.
    /// Declared after the lists it combines: static initializers run in textual order.
    /// </summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
        [.. Rules.RuleRegistry.All.Select(r => r.Descriptor)
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
