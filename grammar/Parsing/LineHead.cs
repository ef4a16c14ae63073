namespace CmPlan.Grammar.Parsing;

/// <summary>A header or property line split into its leading word and the rest (both relative to the code start).</summary>
internal sealed record LineHead(string Word, int WordStart, string? Rest, int RestStart);
