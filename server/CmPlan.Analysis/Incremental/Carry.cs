using CmPlan.Analysis.Binding;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Rules;
using CmPlan.Analysis.Schedule;
using CmPlan.Grammar.Parsing;
using CmPlan.Grammar.Syntax;
using NodaTime;

namespace CmPlan.Analysis.Incremental;

/// <summary>
/// What an edit carries over from the previous analysis (its items' states, model and schedule), by
/// new item index; all null for a first analysis.
/// </summary>
internal sealed record Carry(Reparse? Reparse, PostState?[]? Old, PlanModel? Model, ScheduleIndex? Schedule, bool SameSurroundings, TextChange? Change, Instant? Now)
{
    public static Carry None { get; } = new(null, null, null, null, false, null, null);

    /// <summary>The state of the post block at new index <paramref name="index"/> before the edit, and how far it moved; null when it was parsed again.</summary>
    public (PostState Old, int Offset, int Lines)? Before(int index)
    {
        if (Reparse is null || Old is null || Reparse.OldIndexOf(index) is var from && (from < 0 || Old[from] is null))
        {
            return null;
        }

        var (offset, lines) = Reparse.ShiftOf(index);
        return (Old[from]!, offset, lines);
    }

    /// <summary>The binding of an unchanged post block, moved with it, with its findings when the surroundings held; null when it must be bound again.</summary>
    public PostState? Binding(int index)
    {
        if (Before(index) is not var (old, offset, lines))
        {
            return null;
        }

        // A duplicate-property message names a line: it cannot move to another line as it is.
        if (lines != 0 && old.Binding.Diagnostics.Any(d => d.Rule == RuleIds.DuplicateProperty))
        {
            return null;
        }

        var block = (BlockSyntax)Reparse!.Syntax.Items[index];
        var binding = ReferenceEquals(old.Binding.Model.Syntax, block) ? old.Binding : old.Binding.Moved(block, offset);
        var findings = SameSurroundings && old.Findings is { } known ? Moved(known, offset) : null;
        return new PostState(binding, findings);
    }

    /// <summary>A post's findings, moved; the same when there are none (most posts).</summary>
    private static PostFindings Moved(PostFindings findings, int offset) =>
        offset == 0 || findings.IsEmpty ? findings : MovedEach(findings, offset);

    /// <summary>Apart, so that the closure over <paramref name="offset"/> is made only for a post with findings (see <see cref="Relocation"/>).</summary>
    private static PostFindings MovedEach(PostFindings findings, int offset) => findings.Map(f => f.Moved(offset));
}
