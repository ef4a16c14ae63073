using System.Collections.Immutable;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Values;
using NodaTime;

namespace CmPlan.Analysis.Model;

/// <summary>
/// A <c>post</c>: one piece of content. A queue item has <see cref="Queue"/> and takes its
/// channels and times from the queue; a plain post has <see cref="On"/> and <see cref="At"/>.
/// A property whose value was invalid is null here (its diagnostic was reported).
/// </summary>
public sealed record PostModel(
    string Id,
    ImmutableArray<Located<string>> On,
    Located<LocalDateTime>? At,
    Located<string>? Queue,
    Located<RepeatValue>? Repeat,
    Located<DateTimeValue>? Expires,
    Located<TextValue>? Text,
    Located<string>? Link,
    ImmutableArray<Located<string>> Tags,
    BlockSyntax Syntax)
{
    public bool IsQueueItem => Queue is not null;

    /// <summary>The <c>text &lt;channels&gt;</c> variants, in file order (1.2).</summary>
    public ImmutableArray<TextVariant> Variants { get; init; } = [];

    /// <summary>The <c>media</c>, in file order; invalid ones left out (1.2).</summary>
    public ImmutableArray<PostMedia> Media { get; init; } = [];

    /// <summary>The approval <c>status</c>; null when absent or invalid (1.2).</summary>
    public Located<ApprovalStatus>? Status { get; init; }

    /// <summary>The text <paramref name="channel"/> publishes: the first variant naming it, else the plain <c>text</c>.</summary>
    public Located<TextValue>? TextFor(string channel)
    {
        foreach (var variant in Variants)
        {
            if (variant.Names(channel))
            {
                return variant.Text;
            }
        }

        return Text;
    }

    /// <summary>Every text property as written: the plain <c>text</c> first, then each variant's; invalid ones left out.</summary>
    public IEnumerable<Located<TextValue>> AllTexts()
    {
        if (Text is { } text)
        {
            yield return text;
        }

        foreach (var variant in Variants)
        {
            if (variant.Text is { } variantText)
            {
                yield return variantText;
            }
        }
    }
}
