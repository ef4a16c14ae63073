using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Rules;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;
using CmPlan.Grammar.Values;
using CmPlan.Grammar.Values.Reading;

namespace CmPlan.Analysis.Ide.Hover;

/// <summary>
/// What to show at an offset of an analysed document: the word under it (keyword, property,
/// value, id) and the rules of the diagnostics whose range covers it. Pure: no protocol types.
/// </summary>
public static class HoverService
{
    private const string Separator = "\n\n---\n\n";

    /// <param name="document">Where the plan is, to show a media path as an image the editor can load; null: as written.</param>
    public static HoverInfo? Hover(AnalysisResult result, int offset, Uri? document = null)
    {
        var word = AtWord(result, offset, document) ?? InSuppression(result, offset);
        var rules = result.Diagnostics.Where(d => Covers(d.Span, offset)).ToList();
        if (word is null && rules.Count == 0)
        {
            return null;
        }

        var sections = new List<string>();
        if (word is not null)
        {
            sections.Add(word.Markdown);
        }

        sections.AddRange(rules.Select(d => d.Rule).Distinct(StringComparer.Ordinal).Select(id => RuleSection(id, result.Words)).OfType<string>());
        if (sections.Count == 0)
        {
            return null;
        }

        return new HoverInfo(word?.Range ?? rules[0].Span, string.Join(Separator, sections));
    }

    /// <summary>"**Title** · `rule-id`", the rule's summary, and a link to its documentation.</summary>
    public static string? RuleSection(string ruleId, Words words) =>
        RuleCatalog.Find(ruleId) is { } rule
            ? $"**{RuleTexts.Title(rule, words.Language)}** · `{rule.Id}`\n\n{RuleTexts.Summary(rule, words.Language)}\n\n"
                + words.Say(MessageId.RuleDocumentation, ("id", rule.Id), ("uri", rule.HelpUriIn(words.Language).ToString()))
            : null;

    /// <summary>A rule id in a <c># cmplan-ignore</c> comment: that rule's section (the reason after <c>--</c> is free text).</summary>
    private static HoverInfo? InSuppression(AnalysisResult result, int offset)
    {
        var comment = result.Syntax.Comments.FirstOrDefault(c => c.Span.Contains(offset));
        var id = comment is null ? null : Rules.Suppression.SuppressionFinder.NamedRules(comment)?.FirstOrDefault(r => r.Span.Contains(offset));
        return id is not null && RuleSection(id.Value, result.Words) is { } section ? new HoverInfo(id.Span, section) : null;
    }

    private static bool Covers(TextSpan span, int offset) => span.Contains(offset) || (span.Length == 0 && span.Start == offset);

    private static HoverInfo? AtWord(AnalysisResult result, int offset, Uri? document)
    {
        var block = result.Syntax.Blocks.FirstOrDefault(b => b.Span.Contains(offset));
        if (block is null)
        {
            return null;
        }

        if (block.Keyword.Span.Contains(offset))
        {
            return new HoverInfo(block.Keyword.Span, Keyword($"**{block.Keyword.Text}**", HoverTexts.Block(block.Kind, result.Language)));
        }

        if (block.Argument is { } argument && argument.Span.Contains(offset))
        {
            return Header(result, block, argument);
        }

        var property = block.Properties.FirstOrDefault(p => p.Key.Span.Contains(offset) || (p.Value?.Span.Contains(offset) ?? false));
        if (property is null)
        {
            return null;
        }

        if (property.Key.Span.Contains(offset))
        {
            return HoverTexts.Property(block.Kind, property.Key.Text, result.Language) is { } text
                ? new HoverInfo(property.Key.Span, Keyword($"**{property.Key.Text}** ({block.Keyword.Text})", text))
                : null;
        }

        if (block.Kind == BlockKind.Post && property.Key.Text == "media")
        {
            return Media(result, block, offset, document);
        }

        return property.Value is { } value ? Value(result, block, property.Key.Text, value, offset) : null;
    }

    /// <summary>A <c>media</c> line: the image itself (a web address, or the path next to the plan) and its alt text.</summary>
    private static HoverInfo? Media(AnalysisResult result, BlockSyntax block, int offset, Uri? document)
    {
        var media = result.Model.Posts.FirstOrDefault(p => ReferenceEquals(p.Syntax, block))?.Media
            .FirstOrDefault(m => TextSpan.FromBounds(m.Source.Span.Start, (m.Alt ?? m.Source).Span.End).Contains(offset));
        return media is null ? null : new HoverInfo(TextSpan.FromBounds(media.Source.Span.Start, (media.Alt ?? media.Source).Span.End), EntityHover.Media(media, document, result.Words));
    }

    private static string Keyword(string title, KeywordText text) =>
        $"{title}\n\n{text.Summary}\n\n```cmplan\n{text.Example}\n```";

    private static HoverInfo? Header(AnalysisResult result, BlockSyntax block, SyntaxToken argument)
    {
        var model = result.Model;
        var markdown = block.Kind switch
        {
            BlockKind.Post => model.Posts.FirstOrDefault(p => ReferenceEquals(p.Syntax, block)) is { } post
                ? EntityHover.Post(post, KeptScheduleIndex.Of(result.Schedule), result.Words)
                : null,
            BlockKind.Queue => model.Queues.FirstOrDefault(q => ReferenceEquals(q.Syntax, block)) is { } queue
                ? EntityHover.Queue(queue, KeptScheduleIndex.Of(result.Schedule), result.Words)
                : null,
            BlockKind.Channel => model.Channels.FirstOrDefault(c => ReferenceEquals(c.Syntax, block)) is { } channel
                ? EntityHover.Channel(channel, null, result.Words)
                : null,
            _ => null,
        };
        return markdown is null ? null : new HoverInfo(argument.Span, markdown);
    }

    private static HoverInfo? Value(AnalysisResult result, BlockSyntax block, string key, SyntaxToken value, int offset)
    {
        switch (block.Kind, key)
        {
            case (BlockKind.Post, "at"):
                return Moment(result, ValueReader.DateTime(key, value) is { Located: { } at } ? new Located<DateTimeValue>(new(at.Value.Date, at.Value.TimeOfDay), at.Span) : null, false);
            case (BlockKind.Post, "expires"):
                return Moment(result, ValueReader.DateOrDateTime(key, value).Located, true);
            case (BlockKind.Queue, "start"):
                return Moment(result, ValueReader.DateOrDateTime(key, value).Located, false);
            case (BlockKind.Plan, "start" or "end"):
                return Moment(result, ValueReader.Date(key, value) is { Located: { } date } ? new Located<DateTimeValue>(new(date.Value, null), date.Span) : null, key == "end");
            case (BlockKind.Policy, "min-interval" or "max-span" or "min-gap"):
                return ValueReader.Duration(key, value).Located is { } duration ? new HoverInfo(duration.Span, MomentHover.Of(duration.Value, result.Words)) : null;
            case (BlockKind.Policy, "rule"):
                return ValueReader.Rule(key, value).Located?.Value.RuleId is { } rule && rule.Span.Contains(offset) && RuleSection(rule.Value, result.Words) is { } section
                    ? new HoverInfo(rule.Span, section)
                    : null;
            case (BlockKind.Post, "repeat"):
                return ValueReader.Repeat(key, value).Located?.Value is { } repeat ? Repeat(result, repeat, offset) : null;
            case (BlockKind.Queue, "recycle"):
                return ValueReader.Recycle(key, value).Located?.Value is { Until: { } until } && until.Span.Contains(offset) ? Moment(result, until, true) : null;
            case (BlockKind.Post or BlockKind.Queue, "on"):
                return Reference(result, block, ValueReader.IdList(key, value).Located?.Value.FirstOrDefault(id => id.Span.Contains(offset)), BlockKind.Channel);
            case (BlockKind.Post, "queue"):
                return Reference(result, block, ValueReader.Ident(key, value).Located, BlockKind.Queue);
            default:
                return null;
        }
    }

    private static HoverInfo? Moment(AnalysisResult result, Located<DateTimeValue>? moment, bool isEnd) =>
        moment is null ? null : new HoverInfo(moment.Span, MomentHover.Of(moment.Value, isEnd, result));

    private static HoverInfo? Repeat(AnalysisResult result, RepeatValue repeat, int offset)
    {
        if (repeat.Every.Span.Contains(offset))
        {
            return new HoverInfo(repeat.Every.Span, MomentHover.Of(repeat.Every.Value, result.Words));
        }

        return repeat.Until is { } until && until.Span.Contains(offset) ? Moment(result, until, true) : null;
    }

    private static HoverInfo? Reference(AnalysisResult result, BlockSyntax block, Located<string>? id, BlockKind kind)
    {
        if (id is null)
        {
            return null;
        }

        if (kind == BlockKind.Queue)
        {
            return result.Model.FindQueue(id.Value) is { } queue
                ? new HoverInfo(id.Span, EntityHover.Queue(queue, KeptScheduleIndex.Of(result.Schedule), result.Words))
                : null;
        }

        var post = block.Kind == BlockKind.Post ? result.Model.Posts.FirstOrDefault(p => ReferenceEquals(p.Syntax, block)) : null;
        return result.Model.FindChannel(id.Value) is { } channel ? new HoverInfo(id.Span, EntityHover.Channel(channel, post, result.Words)) : null;
    }
}
