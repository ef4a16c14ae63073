using System.Collections.Immutable;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Values;
using CmPlan.Grammar.Values.Reading;
using NodaTime;

namespace CmPlan.Analysis.Model;

/// <summary>What a <see cref="PostModel"/> read from its properties, each with its span: what an edit above the post moves.</summary>
internal sealed record PostValues(
    ImmutableArray<Located<string>> On,
    Located<LocalDateTime>? At,
    Located<string>? Queue,
    Located<RepeatValue>? Repeat,
    Located<DateTimeValue>? Expires,
    Located<TextValue>? Text,
    Located<string>? Link,
    ImmutableArray<Located<string>> Tags,
    ImmutableArray<TextVariant> Variants,
    ImmutableArray<PostMedia> Media,
    Located<ApprovalStatus>? Status)
{
    /// <summary>The same values <paramref name="offset"/> characters further: every span moved, every value the same object.</summary>
    public PostValues Moved(int offset) => new(
        On.Shift(offset),
        At?.Shift(offset),
        Queue?.Shift(offset),
        Repeat is { } repeat ? new Located<RepeatValue>(repeat.Value.Shift(offset), repeat.Span.Moved(offset)) : null,
        Expires?.Shift(offset),
        Text?.Shift(offset),
        Link?.Shift(offset),
        Tags.Shift(offset),
        Variants.IsDefaultOrEmpty ? Variants : Moved(Variants, offset),
        Media.IsDefaultOrEmpty ? Media : Moved(Media, offset),
        Status?.Shift(offset));

    // Apart from Moved(int): a lambda capturing offset is made when its method is entered, so every
    // placed post would pay for two even without variants or media (see Incremental/Relocation).
    private static ImmutableArray<TextVariant> Moved(ImmutableArray<TextVariant> variants, int offset) =>
        [.. variants.Select(v => new TextVariant(v.Channels.Shift(offset), v.Text?.Shift(offset), v.Span.Moved(offset)))];

    private static ImmutableArray<PostMedia> Moved(ImmutableArray<PostMedia> media, int offset) =>
        [.. media.Select(m => m with { Source = m.Source.Shift(offset), Alt = m.Alt?.Shift(offset) })];
}
