using CmPlan.Analysis.Binding;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Localization;

/// <summary>A syntax diagnostic's message in the analysis' language, from the grammar's <see cref="SyntaxProblem"/>.</summary>
public static class SyntaxTexts
{
    public static string Of(SyntaxDiagnostic diagnostic, Words words) => diagnostic.Problem is not { } problem
        ? diagnostic.Message
        : problem.Kind switch
        {
            SyntaxProblemKind.UnknownBlock => words.Say(
                MessageId.SyntaxUnknownBlock,
                ("word", Quote.Cut(problem.Word ?? string.Empty)),
                ("didYouMean", StructureMessages.DidYouMean(words, problem.Suggestion))),
            SyntaxProblemKind.UnreadableHeader => words.Say(MessageId.SyntaxUnreadableHeader),
            SyntaxProblemKind.UnreadableProperty => words.Say(MessageId.SyntaxUnreadableProperty),
            SyntaxProblemKind.TabIndentation => words.Say(MessageId.SyntaxTabIndentation, ("spaces", words.Count(problem.First, Noun.Space))),
            SyntaxProblemKind.PropertyOutsideBlock => words.Say(MessageId.SyntaxPropertyOutsideBlock),
            SyntaxProblemKind.WrongIndentation => words.Say(
                MessageId.SyntaxWrongIndentation,
                ("found", words.Count(problem.Second, Noun.Space)),
                ("expected", words.Number(problem.First))),
            SyntaxProblemKind.Utf16 => words.Say(MessageId.SyntaxUtf16),
            _ => words.Say(MessageId.SyntaxInvalidUtf8, ("byte", words.Number(problem.First))),
        };
}
