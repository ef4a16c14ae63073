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
}
