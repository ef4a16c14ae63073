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
/// <remarks>
/// A post an edit above it only moved (<see cref="MovedTo"/>) takes its new block at once and its
/// values' spans when first read: after a keystroke every post below it moves, and most are never
/// read before the next one, so a move copies none of their values. Equality is by value, moved or not.
/// </remarks>
public sealed record PostModel
{
    /// <summary>The values with their spans, or where to move them from until first read; one field, so that reads on several threads see one or the other.</summary>
    private object values;
    private bool queueItem;

    public PostModel(
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
        this.Id = Id;
        this.Syntax = Syntax;
        values = new PostValues(On, At, Queue, Repeat, Expires, Text, Link, Tags, [], [], null);
        queueItem = Queue is not null;
    }

    private PostModel(PostModel from, BlockSyntax block, PendingMove move)
    {
        Id = from.Id;
        Syntax = block;
        values = move;
        queueItem = from.queueItem;
    }

    public string Id { get; init; }

    public BlockSyntax Syntax { get; init; }

    public bool IsQueueItem => queueItem;

    public ImmutableArray<Located<string>> On { get => Values.On; init => values = Values with { On = value }; }

    public Located<LocalDateTime>? At { get => Values.At; init => values = Values with { At = value }; }

    public Located<string>? Queue
    {
        get => Values.Queue;
        init
        {
            values = Values with { Queue = value };
            queueItem = value is not null;
        }
    }

    public Located<RepeatValue>? Repeat { get => Values.Repeat; init => values = Values with { Repeat = value }; }

    public Located<DateTimeValue>? Expires { get => Values.Expires; init => values = Values with { Expires = value }; }

    public Located<TextValue>? Text { get => Values.Text; init => values = Values with { Text = value }; }

    public Located<string>? Link { get => Values.Link; init => values = Values with { Link = value }; }

    public ImmutableArray<Located<string>> Tags { get => Values.Tags; init => values = Values with { Tags = value }; }

    /// <summary>The <c>text &lt;channels&gt;</c> variants, in file order (1.2).</summary>
    public ImmutableArray<TextVariant> Variants { get => Values.Variants; init => values = Values with { Variants = value }; }

    /// <summary>The <c>media</c>, in file order; invalid ones left out (1.2).</summary>
    public ImmutableArray<PostMedia> Media { get => Values.Media; init => values = Values with { Media = value }; }

    /// <summary>The approval <c>status</c>; null when absent or invalid (1.2).</summary>
    public Located<ApprovalStatus>? Status { get => Values.Status; init => values = Values with { Status = value }; }

    /// <summary>
    /// The values as bound, their spans possibly those of the place the post was moved from: for
    /// comparing values alone without moving them. The same object for a post and every move of it.
    /// </summary>
    internal PostValues Unplaced => Volatile.Read(ref values) is var state && state is PendingMove move ? move.From : (PostValues)state;

    private PostValues Values => values as PostValues ?? Place();

    /// <summary>This post in <paramref name="block"/>, the same text <paramref name="offset"/> characters further: its spans move when first read.</summary>
    public PostModel MovedTo(BlockSyntax block, int offset)
    {
        if (offset == 0)
        {
            return this with { Syntax = block };
        }

        // Values only ever go from a pending move to placed: what was read once stays valid.
        var state = Volatile.Read(ref values);
        var move = state is PendingMove pending
            ? new PendingMove(pending.From, pending.Offset + offset)
            : new PendingMove((PostValues)state, offset);
        return new PostModel(this, block, move);
    }

    public bool Equals(PostModel? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Id == other.Id && Equals(Syntax, other.Syntax) && Values.Equals(other.Values));

    public override int GetHashCode() => HashCode.Combine(Id, Syntax, Values);

    private PostValues Place()
    {
        var state = Volatile.Read(ref values);
        if (state is PendingMove move)
        {
            var placed = move.From.Moved(move.Offset);
            state = ReferenceEquals(Interlocked.CompareExchange(ref values, placed, move), move) ? placed : Volatile.Read(ref values);
        }

        return (PostValues)state;
    }

    private sealed record PendingMove(PostValues From, int Offset);

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
