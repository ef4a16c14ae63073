namespace CmPlan.Analysis.Diagnostics;

/// <summary>The languages the rule documentation is written in: English in <c>docs/rules/</c>, French in <c>docs/rules/fr/</c>.</summary>
public enum DocLanguage
{
    English,
    French,
}
