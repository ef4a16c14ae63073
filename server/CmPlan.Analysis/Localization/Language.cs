namespace CmPlan.Analysis.Localization;

/// <summary>The language every message of an analysis is written in: one plan can be analysed in either.</summary>
public enum Language
{
    English,
    French,
}
