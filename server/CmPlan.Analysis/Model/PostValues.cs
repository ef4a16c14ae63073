using System.Collections.Immutable;
using System.Runtime.InteropServices;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Values;
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
        Moved(On, offset),
        Moved(At, offset),
        Moved(Queue, offset),
        Repeat is { } repeat
            ? new Located<RepeatValue>(new RepeatValue(Moved(repeat.Value.Every, offset)!, Moved(repeat.Value.Times, offset), Moved(repeat.Value.Until, offset)), repeat.Span.Moved(offset))
            : null,
        Moved(Expires, offset),
        Moved(Text, offset),
        Moved(Link, offset),
        Moved(Tags, offset),
        Variants.IsDefaultOrEmpty
            ? Variants
            : [.. Variants.Select(v => new TextVariant(Moved(v.Channels, offset), Moved(v.Text, offset), v.Span.Moved(offset)))],
        Media.IsDefaultOrEmpty
            ? Media
            : [.. Media.Select(m => m with { Source = Moved(m.Source, offset)!, Alt = Moved(m.Alt, offset) })],
        Moved(Status, offset));

    private static Located<T>? Moved<T>(Located<T>? located, int offset) =>
        located is null ? null : located with { Span = located.Span.Moved(offset) };

    private static ImmutableArray<Located<T>> Moved<T>(ImmutableArray<Located<T>> items, int offset)
    {
        if (items.IsDefaultOrEmpty)
        {
            return items;
        }

        var moved = new Located<T>[items.Length];
        for (var i = 0; i < moved.Length; i++)
        {
            moved[i] = items[i] with { Span = items[i].Span.Moved(offset) };
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(moved);
    }
}
