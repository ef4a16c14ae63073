namespace CmPlan.Analysis.Ide.Structure;

/// <summary>The token types, in legend order (see <see cref="SemanticTokenLegend"/>).</summary>
public enum SemanticTokenType
{
    Keyword,
    Property,
    Variable,
    EnumMember,
    Number,
    String,
    Comment,
    Date,
    Time,
    Duration,
    Hashtag,
    Mention,
    Url,
}
