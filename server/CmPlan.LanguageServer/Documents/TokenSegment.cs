namespace CmPlan.LanguageServer.Documents;

/// <summary>
/// A run of a document's semantic tokens: a block's kept tokens placed at its first line, or a
/// comment between blocks. <see cref="Data"/> is encoded from <see cref="FirstLine"/> (its first
/// token's line counted from there, its character from the line's start); the rest of its integers
/// are those of the document, only the first token's two deltas depend on the run before.
/// </summary>
/// <param name="LastLine">The line of the last token (in the document).</param>
/// <param name="LastCharacter">The start of the last token.</param>
internal readonly record struct TokenSegment(int[] Data, int FirstLine, int LastLine, int LastCharacter);
