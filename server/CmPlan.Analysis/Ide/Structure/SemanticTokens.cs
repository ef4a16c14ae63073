using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Ide.Structure;

/// <summary>
/// Classifies a whole document: block keywords and ids, property keys, the pieces of values
/// (dates, times, durations, numbers, strings, references, words of the language), comments,
/// and text content (hashtags, mentions and URLs, the rest as string). Tokens are sorted, never
/// overlap and never cross a line.
/// </summary>
public static partial class SemanticTokens
{
    public static ImmutableArray<SemanticToken> Of(AnalysisResult result)
    {
        var tokens = new List<SemanticToken>();
        foreach (var comment in result.Syntax.Comments)
        {
            Add(tokens, comment.Span, SemanticTokenType.Comment);
        }

        foreach (var block in result.Syntax.Blocks)
        {
            AddBlock(block, tokens);
        }

        return [.. tokens.OrderBy(t => t.Offset)];
    }

    /// <summary>
    /// The tokens of the comments and blocks that meet <paramref name="span"/> (the lines an editor
    /// shows), sorted: every token of <see cref="Of"/> that meets it is among them, and no other
    /// block is read.
    /// </summary>
    public static ImmutableArray<SemanticToken> Meeting(AnalysisResult result, TextSpan span)
    {
        var tokens = new List<SemanticToken>();
        foreach (var comment in result.Syntax.Comments)
        {
            if (Meets(comment.Span, span))
            {
                Add(tokens, comment.Span, SemanticTokenType.Comment);
            }
        }

        foreach (var block in result.Syntax.Blocks)
        {
            if (Meets(block.Span, span))
            {
                AddBlock(block, tokens);
            }
        }

        return [.. tokens.OrderBy(t => t.Offset)];
    }

    private static bool Meets(TextSpan a, TextSpan b) => a.Start <= b.End && b.Start <= a.End;

    /// <summary>
    /// The tokens of one block and of <paramref name="comments"/>, those on its lines: what depends on
    /// the block's text alone, so that a server can keep it while the block only moves.
    /// </summary>
    public static ImmutableArray<SemanticToken> OfBlock(BlockSyntax block, ReadOnlySpan<CommentSyntax> comments)
    {
        var tokens = new List<SemanticToken>();
        foreach (var comment in comments)
        {
            Add(tokens, comment.Span, SemanticTokenType.Comment);
        }

        AddBlock(block, tokens);
        return [.. tokens.OrderBy(t => t.Offset)];
    }

    private static void AddBlock(BlockSyntax block, List<SemanticToken> tokens)
    {
        Header(block, tokens);
        foreach (var property in block.Properties)
        {
            Add(tokens, property.Key.Span, SemanticTokenType.Property);
            if (property.Value is { } value)
            {
                Pieces((block.Kind, property.Key.Text, value.Text), value.Span.Start, tokens);
            }

            foreach (var line in property.TextBlock?.Lines ?? [])
            {
                Pieces((null, "", line.Content), line.ContentSpan.Start, tokens);
            }
        }
    }

    /// <summary>
    /// The tokens of a value (<c>Kind</c> set) or of a text block's line, from a memo by their text:
    /// a plan repeats its values and hashtags, and an editor asks for every token after each
    /// keystroke, so the regular expressions run once per distinct text, not once per request.
    /// </summary>
    private static void Pieces((BlockKind? Kind, string Key, string Text) piece, int start, List<SemanticToken> tokens)
    {
        if (!Memo.TryGetValue(piece, out var relative))
        {
            var found = new List<SemanticToken>();
            if (piece.Kind is { } kind)
            {
                Value(kind, piece.Key, piece.Text, found);
            }
            else
            {
                Content(piece.Text, 0, found);
            }

            relative = [.. found];
            if (Memo.Count >= MemoLimit)
            {
                Memo.Clear();
            }

            Memo[piece] = relative;
        }

        foreach (var token in relative)
        {
            tokens.Add(token with { Offset = token.Offset + start });
        }
    }

    private const int MemoLimit = 100_000;

    private static readonly ConcurrentDictionary<(BlockKind? Kind, string Key, string Text), SemanticToken[]> Memo = new();

    private static void Header(BlockSyntax block, List<SemanticToken> tokens)
    {
        Add(tokens, block.Keyword.Span, SemanticTokenType.Keyword);
        if (block.Argument is not { } argument)
        {
            return;
        }

        if (block.Kind == BlockKind.Plan)
        {
            Add(tokens, argument.Span, SemanticTokenType.String);
        }
        else
        {
            Add(tokens, argument.Span, SemanticTokenType.Variable, SemanticTokenModifiers.Declaration);
        }
    }

    /// <summary>The tokens of a value, from its start.</summary>
    private static void Value(BlockKind block, string key, string value, List<SemanticToken> tokens)
    {
        if (key == "text" && value.IndexOf('"', StringComparison.Ordinal) is >= 0 and var quote)
        {
            // A variant's channels (1.2) before its text, then the text as content.
            Pieces(block, key, value[..quote], tokens);
            Content(value[quote..], quote, tokens);
            return;
        }

        Pieces(block, key, value, tokens);
    }

    private static void Pieces(BlockKind block, string key, string value, List<SemanticToken> tokens)
    {
        foreach (Match match in ValuePiece().Matches(value))
        {
            var span = new TextSpan(match.Index, match.Length);
            SemanticTokenType? type = match.Groups switch
            {
                var g when g["string"].Success => SemanticTokenType.String,
                var g when g["url"].Success => SemanticTokenType.Url,
                var g when g["date"].Success => SemanticTokenType.Date,
                var g when g["time"].Success => SemanticTokenType.Time,
                var g when g["duration"].Success => SemanticTokenType.Duration,
                var g when g["number"].Success => SemanticTokenType.Number,
                var g when g["separator"].Success => null,
                _ => Word(block, key, match.Value),
            };
            if (type is { } t)
            {
                Add(tokens, span, t);
            }
        }
    }

    /// <summary>A word in a value: an id reference, a word of the language, or nothing (tags are free words).</summary>
    private static SemanticTokenType? Word(BlockKind block, string key, string word) => key switch
    {
        "on" or "queue" when block is BlockKind.Post or BlockKind.Queue => SemanticTokenType.Variable,
        "text" when block is BlockKind.Post => SemanticTokenType.Variable,
        "status" => SemanticTokenType.EnumMember,
        "repeat" or "recycle" when word is "every" or "times" or "until" => SemanticTokenType.Keyword,
        "slots" or "network" or "timezone" or "rule" => SemanticTokenType.EnumMember,
        _ => null,
    };

    /// <summary>Text content from <paramref name="start"/>: hashtags, mentions and URLs, the runs between them as string.</summary>
    private static void Content(string text, int start, List<SemanticToken> tokens)
    {
        var position = 0;
        foreach (Match match in ContentPiece().Matches(text))
        {
            AddGap(text, start, position, match.Index, tokens);
            var type = match.Groups["url"].Success ? SemanticTokenType.Url
                : match.Value[0] == '#' ? SemanticTokenType.Hashtag
                : SemanticTokenType.Mention;
            tokens.Add(new SemanticToken(start + match.Index, match.Length, type));
            position = match.Index + match.Length;
        }

        AddGap(text, start, position, text.Length, tokens);
    }

    private static void AddGap(string text, int start, int from, int to, List<SemanticToken> tokens)
    {
        if (to > from && !string.IsNullOrWhiteSpace(text[from..to]))
        {
            tokens.Add(new SemanticToken(start + from, to - from, SemanticTokenType.String));
        }
    }

    private static void Add(List<SemanticToken> tokens, TextSpan span, SemanticTokenType type, SemanticTokenModifiers modifiers = SemanticTokenModifiers.None)
    {
        if (span.Length > 0)
        {
            tokens.Add(new SemanticToken(span.Start, span.Length, type, modifiers));
        }
    }

    [GeneratedRegex("""(?<string>"(?:\\.|[^"\\])*"?)|(?<url>https?://\S+)|(?<date>\b\d{4}-\d{2}-\d{2}(?=$|[\sT]))|(?<time>(?<![\d:])\d{1,2}:\d{2}(?![\d:]))|(?<duration>\b\d+(?:min|mo|h|d|w)\b)|(?<number>\b\d+%?)|(?<separator>(?<=\d)T(?=\d))|(?<word>[\p{L}\p{N}][\p{L}\p{N}_.\-/+]*)""")]
    private static partial Regex ValuePiece();

    /// <summary>A URL (trailing punctuation excluded, contract §3), a <c>#hashtag</c> or an <c>@mention</c>.</summary>
    [GeneratedRegex("""(?<url>https?://\S*[^\s.,;:!?)'"])|(?<![\w#@])[#@][\p{L}\p{N}_]+(?:[.\-][\p{L}\p{N}_]+)*""")]
    private static partial Regex ContentPiece();
}
