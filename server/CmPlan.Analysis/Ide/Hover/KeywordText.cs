namespace CmPlan.Analysis.Ide.Hover;

/// <summary>One entry of the hover catalogue: what a keyword does and a short example of it.</summary>
public sealed record KeywordText(string Summary, string Example);
