using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Values;
using CmPlan.Grammar.Values.Reading;

namespace CmPlan.Analysis.Binding;

/// <summary>
/// Binds a <c>post</c>. References (<c>on</c>, <c>queue</c>) are checked later, once every block is known.
/// A queue item's own <c>on</c>, <c>at</c> and <c>repeat</c> are <c>conflicting-schedule</c> and left out of the model.
/// </summary>
internal static class PostBinder
{
    private static readonly string[] ScheduleKeys = ["on", "at", "repeat"];

    public static PostModel Bind(BlockSyntax block, string id, DiagnosticBag diagnostics)
    {
        var bag = new PropertyBag(block, diagnostics);
        bag.Require("text", "text \"Bonjour !\"");
        var queue = bag.Read("queue", Ids.Ident);
        if (bag.Get("queue") is { } queueProperty)
        {
            var queueName = queue?.Value ?? queueProperty.Value?.Text ?? "?";
            foreach (var key in ScheduleKeys)
            {
                if (bag.Get(key) is { } conflicting)
                {
                    diagnostics.Add(RuleIds.ConflictingSchedule, conflicting.ValueOrKeySpan, StructureMessages.ConflictingSchedule(diagnostics.Words, key, queueName));
                }
            }

            return new PostModel(id, [], null, queue, null, ReadExpires(bag), ReadText(bag), ReadLink(bag), ReadTags(bag), block);
        }

        bag.Require("on", "on x, insta");
        bag.Require("at", "at 2027-03-02 09:00");
        return new PostModel(
            id,
            bag.Read("on", Ids.IdList)?.Value ?? [],
            bag.Read("at", ValueReader.DateTime),
            null,
            bag.Read("repeat", ValueReader.Repeat),
            ReadExpires(bag),
            ReadText(bag),
            ReadLink(bag),
            ReadTags(bag),
            block);
    }

    private static Located<DateTimeValue>? ReadExpires(PropertyBag bag) => bag.Read("expires", ValueReader.DateOrDateTime);

    private static Located<string>? ReadLink(PropertyBag bag) => bag.Read("link", ValueReader.Url);

    private static System.Collections.Immutable.ImmutableArray<Located<string>> ReadTags(PropertyBag bag) =>
        bag.Read("tags", ValueReader.IdList)?.Value ?? [];

    /// <summary>The quoted text on the line, or the text block below a bare <c>text</c>.</summary>
    private static Located<TextValue>? ReadText(PropertyBag bag)
    {
        if (bag.Get("text") is not { } property)
        {
            return null;
        }

        if (property.TextBlock is { } block)
        {
            return new Located<TextValue>(new TextValue(block.Content, true), block.Span);
        }

        if (property.Value is null)
        {
            bag.ReportInvalid(property.Key.Span, bag.Words.Say(MessageId.EmptyText));
            return null;
        }

        return bag.Read(property, ValueReader.QuotedString) is { } quoted
            ? new Located<TextValue>(new TextValue(quoted.Value, false), quoted.Span)
            : null;
    }
}
