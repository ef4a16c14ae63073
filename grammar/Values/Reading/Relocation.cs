using System.Collections.Immutable;

namespace CmPlan.Grammar.Values.Reading;

/// <summary>
/// Moves values' spans by a number of characters: those found relative to a value's start to
/// absolute document offsets, and a post's values after an edit above it (the analysis' model).
/// </summary>
public static class Relocation
{
    public static Located<T> Shift<T>(this Located<T> located, int delta) =>
        located with { Span = located.Span with { Start = located.Span.Start + delta } };

    public static RepeatValue Shift(this RepeatValue value, int delta) =>
        new(value.Every.Shift(delta), value.Times?.Shift(delta), value.Until?.Shift(delta));

    public static RecycleValue Shift(this RecycleValue value, int delta) =>
        new(value.Until?.Shift(delta), value.Times?.Shift(delta));

    public static RuleSetting Shift(this RuleSetting value, int delta) =>
        new(value.RuleId.Shift(delta), value.Severity.Shift(delta));

    public static ImmutableArray<Located<T>> Shift<T>(this ImmutableArray<Located<T>> items, int delta) =>
        items.IsDefaultOrEmpty ? items : ShiftEach(items, delta);

    /// <summary>Apart: a lambda capturing <paramref name="delta"/> is made when its method is entered, so an empty list would pay for one.</summary>
    private static ImmutableArray<Located<T>> ShiftEach<T>(ImmutableArray<Located<T>> items, int delta) =>
        [.. items.Select(item => item.Shift(delta))];
}
