using System.Collections.Immutable;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Values;

namespace CmPlan.Analysis.Rules.Suppression;

/// <summary>
/// A <c># cmplan-ignore [rule…]</c> comment and what it covers: diagnostics whose range starts on
/// lines <see cref="FirstLine"/>..<see cref="LastLine"/> (one line, or a whole block when the
/// line is a header). No rule ids means every configurable rule.
/// </summary>
public sealed record Suppression(CommentSyntax Comment, ImmutableArray<Located<string>> Rules, int FirstLine, int LastLine)
{
    public bool Covers(string rule, int line) =>
        line >= FirstLine && line <= LastLine && (Rules.IsEmpty || Rules.Any(r => r.Value == rule));
}
