namespace CmPlan.Grammar.Values;

/// <summary>A post's text: the unescaped string, or a text block's content (lines joined by LF).</summary>
public sealed record TextValue(string Content, bool IsBlock);
