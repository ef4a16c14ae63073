namespace CmPlan.Analysis.Ide.Structure;

/// <summary>A classified run of one line: UTF-16 offset and length, type and modifiers.</summary>
public sealed record SemanticToken(int Offset, int Length, SemanticTokenType Type, SemanticTokenModifiers Modifiers = SemanticTokenModifiers.None);
