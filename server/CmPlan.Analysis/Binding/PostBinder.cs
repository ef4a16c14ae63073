using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Model;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;
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
        var texts = PostTexts.Read(bag, diagnostics);
        if (texts.Variants.IsEmpty)
        {
            // With variants, whether a plain text is needed depends on the channels: the binder checks it once they are resolved.
            bag.Require("text", "text \"Bonjour !\"");
        }

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

            return new PostModel(id, [], null, queue, null, ReadExpires(bag), texts.Plain, ReadLink(bag), ReadTags(bag), block) with
            {
                Variants = texts.Variants,
                Media = ReadMedia(bag),
                Status = ReadStatus(bag),
            };
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
            texts.Plain,
            ReadLink(bag),
            ReadTags(bag),
            block)
        {
            Variants = texts.Variants,
            Media = ReadMedia(bag),
            Status = ReadStatus(bag),
        };
    }

    private static Located<DateTimeValue>? ReadExpires(PropertyBag bag) => bag.Read("expires", ValueReader.DateOrDateTime);

    private static Located<string>? ReadLink(PropertyBag bag) => bag.Read("link", ValueReader.Url);

    private static System.Collections.Immutable.ImmutableArray<Located<string>> ReadTags(PropertyBag bag) =>
        bag.Read("tags", ValueReader.IdList)?.Value ?? [];

    private static System.Collections.Immutable.ImmutableArray<PostMedia> ReadMedia(PropertyBag bag) =>
        [.. bag.All("media").Select(p => MediaReader.Read(bag, p)).OfType<PostMedia>()];

    private static Located<ApprovalStatus>? ReadStatus(PropertyBag bag)
    {
        if (bag.Read("status", ValueReader.Ident) is not { } status)
        {
            return null;
        }

        var index = ApprovalStatuses.Words.IndexOf(status.Value);
        if (index < 0)
        {
            var suggestion = Suggestions.Closest(status.Value.ToLowerInvariant(), ApprovalStatuses.Words, 2);
            bag.ReportInvalid(status.Span, StructureMessages.UnknownStatus(bag.Words, status.Value, suggestion), StructuralFixes.Suggest(status.Span, suggestion));
            return null;
        }

        return new Located<ApprovalStatus>((ApprovalStatus)index, status.Span);
    }
}
