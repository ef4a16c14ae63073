using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Ide.Hover;

/// <summary>What to show when the pointer rests on <see cref="Range"/>: Markdown, in English.</summary>
public sealed record HoverInfo(TextSpan Range, string Markdown);
