namespace CmPlan.Grammar.Values;

/// <summary>A policy <c>rule &lt;rule-id&gt; &lt;severity&gt;</c> line.</summary>
public sealed record RuleSetting(Located<string> RuleId, Located<SeverityValue> Severity);
