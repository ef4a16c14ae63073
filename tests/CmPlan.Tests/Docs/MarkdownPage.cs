using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace CmPlan.Tests.Docs;

/// <summary>
/// What the documentation tests compare in a Markdown page: its headings (level and text), its
/// fenced code blocks, its prose (outside code, inline code removed) and the targets of its links.
/// </summary>
public sealed partial record MarkdownPage(
    ImmutableArray<(int Level, string Text)> Headings,
    ImmutableArray<string> CodeBlocks,
    ImmutableArray<string> ProseLines,
    ImmutableArray<string> LinkTargets)
{
    public static MarkdownPage Read(string path) => Parse(File.ReadAllText(path).ReplaceLineEndings("\n"));

    public static MarkdownPage Parse(string text)
    {
        var headings = ImmutableArray.CreateBuilder<(int, string)>();
        var blocks = ImmutableArray.CreateBuilder<string>();
        var prose = ImmutableArray.CreateBuilder<string>();
        var links = ImmutableArray.CreateBuilder<string>();
        List<string>? block = null;
        foreach (var line in text.Split('\n'))
        {
            if (block is not null)
            {
                block.Add(line);
                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    blocks.Add(string.Join('\n', block));
                    block = null;
                }

                continue;
            }

            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                block = [line];
                continue;
            }

            var heading = Heading().Match(line);
            if (heading.Success)
            {
                headings.Add((heading.Groups[1].Length, heading.Groups[2].Value));
            }

            links.AddRange(Link().Matches(line).Select(m => m.Groups[1].Value));
            prose.Add(Link().Replace(InlineCode().Replace(line, "`…`"), "]"));
        }

        Assert.True(block is null, "a code block is not closed");
        return new(headings.ToImmutable(), blocks.ToImmutable(), prose.ToImmutable(), links.ToImmutable());
    }

    [GeneratedRegex("^(#{1,6}) (.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Link();
}
