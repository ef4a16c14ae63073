using System.Collections.Immutable;
using CmPlan.Analysis.Binding;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Schedule;
using CmPlan.Grammar.Parsing;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Incremental;

/// <summary>
/// The analysis of one document being edited: each edit gives the <see cref="AnalysisResult"/>
/// that <see cref="PlanAnalyzer.Analyze(SourceText, AnalysisOptions)"/> would give for the new text,
/// reusing what the edit cannot have changed. Only the items around the edit are parsed again,
/// the others are moved; a post block that was not parsed again keeps its binding, moved; the
/// schedule is kept when no value it is built from changed. The results it hands out are
/// immutable; the session itself is the one mutable thing, owned by whoever edits the document.
/// </summary>
public sealed class AnalysisSession
{
    // The binding of each post block of the current syntax, by item index (null for other items).
    private PostBinding?[] posts;

    public AnalysisSession(SourceText source, AnalysisOptions options)
    {
        Options = options;
        var syntax = PlanParser.Parse(source);
        posts = new PostBinding?[syntax.Items.Length];
        Result = Analyze(syntax, index => null, previous: null);
    }

    public AnalysisOptions Options { get; }

    public AnalysisResult Result { get; private set; }

    public SourceText Source => Result.Syntax.Source;

    /// <summary>Replaces <paramref name="span"/> of the current text with <paramref name="newText"/> and analyses the result.</summary>
    public AnalysisResult Edit(TextSpan span, string newText)
    {
        var previous = Result;
        var reparse = PlanParser.Reparse(previous.Syntax, previous.Syntax.Source.WithChange(span, newText), span, newText.Length);
        var old = posts;
        posts = new PostBinding?[reparse.Syntax.Items.Length];
        Result = Analyze(reparse.Syntax, index => Carried(reparse, old, index), previous);
        return Result;
    }

    /// <summary>The binding of an unchanged post block, moved with it; null when it must be bound again.</summary>
    private static PostBinding? Carried(Reparse reparse, PostBinding?[] old, int index)
    {
        var from = reparse.OldIndexOf(index);
        if (from < 0 || old[from] is not { } binding)
        {
            return null;
        }

        var (offset, lines) = reparse.ShiftOf(index);
        // A duplicate-property message names a line: it cannot move to another line as it is.
        if (lines != 0 && binding.Diagnostics.Any(d => d.Rule == RuleIds.DuplicateProperty))
        {
            return null;
        }

        return offset == 0 && lines == 0 ? binding : binding.Moved((BlockSyntax)reparse.Syntax.Items[index], offset);
    }

    private AnalysisResult Analyze(DocumentSyntax syntax, Func<int, PostBinding?> carried, AnalysisResult? previous)
    {
        var indexOf = new Dictionary<BlockSyntax, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < syntax.Items.Length; i++)
        {
            if (syntax.Items[i] is BlockSyntax { Kind: BlockKind.Post } block)
            {
                indexOf[block] = i;
            }
        }

        var binding = Binder.Bind(syntax, Options.Config, block =>
        {
            var index = indexOf[block];
            return posts[index] = carried(index) ?? PostBinding.Of(block);
        });
        var kept = previous is not null && ScheduleInputs.Same(previous.Model, binding.Model) ? previous.Schedule : null;
        return PlanAnalyzer.Check(syntax, binding, kept ?? ScheduleBuilder.Build(binding.Model), Options);
    }
}
