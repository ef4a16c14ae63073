using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Ide.Completion;

/// <summary>
/// Where completion was asked: the cursor's 0-based line, the word typed so far, the span the
/// chosen item replaces (the whole word under the cursor), and the line's text before that word.
/// </summary>
internal sealed record CompletionContext(AnalysisResult Result, int Line, string Typed, TextSpan Replace, string Before)
{
    public CompletionItem Item(string label, CompletionKind kind, string? detail, string insert) =>
        new(label, kind, detail, insert, Replace);
}
