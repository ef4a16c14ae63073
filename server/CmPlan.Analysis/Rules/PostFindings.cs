using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;

namespace CmPlan.Analysis.Rules;

/// <summary>
/// What every rule of <see cref="RuleRegistry.All"/> found on one post alone, by rule index, and
/// whether its check read "now" (those findings hold only at the same instant). Not changed once built.
/// </summary>
public sealed class PostFindings(ImmutableArray<Diagnostic>[] byRule, bool[] readNow)
{
    private readonly ImmutableArray<Diagnostic>[] byRule = byRule;
    private readonly bool[] readNow = readNow;
    private int emptiness;

    public ImmutableArray<Diagnostic> this[int rule] => byRule[rule];

    public bool ReadNow(int rule) => readNow[rule];

    /// <summary>Whether no rule found anything (most posts). Asked of every moved post at every edit: found once.</summary>
    public bool IsEmpty
    {
        get
        {
            // 0: not known yet (an int, so that threads sharing these findings read it whole).
            if (emptiness == 0)
            {
                emptiness = Array.TrueForAll(byRule, f => f.IsEmpty) ? 1 : 2;
            }

            return emptiness == 1;
        }
    }

    /// <summary>Each rule's findings mapped (moved with their block), what read "now" kept.</summary>
    internal PostFindings Map(Func<ImmutableArray<Diagnostic>, ImmutableArray<Diagnostic>> map) => new(Array.ConvertAll(byRule, f => map(f)), readNow);

    /// <summary>These findings with the rule at <paramref name="rule"/> found again: a copy, or <paramref name="into"/> once copied.</summary>
    internal PostFindings With(int rule, ImmutableArray<Diagnostic> found, bool read, PostFindings? into)
    {
        var target = into ?? new PostFindings((ImmutableArray<Diagnostic>[])byRule.Clone(), (bool[])readNow.Clone());
        target.byRule[rule] = found;
        target.readNow[rule] = read;
        target.emptiness = 0;
        return target;
    }

    /// <summary>Empty findings for <paramref name="rules"/> rules, to fill.</summary>
    internal static PostFindings Empty(int rules) => new([.. Enumerable.Repeat(ImmutableArray<Diagnostic>.Empty, rules)], new bool[rules]);
}
