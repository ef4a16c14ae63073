using System.Collections.Immutable;
using CmPlan.Analysis.Binding;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Model;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Values;

namespace CmPlan.Analysis.Incremental;

/// <summary>Results of one block carried to its new place after an edit above it: every span shifted by the same offset.</summary>
internal static class Relocation
{
    /// <summary>The binding of a post whose block moved, as <paramref name="block"/> (the moved block) would bind.</summary>
    public static PostBinding Moved(this PostBinding binding, BlockSyntax block, int offset) =>
        new(binding.Id, binding.IdDiagnostics.Moved(offset), binding.Model.Moved(block, offset), binding.Diagnostics.Moved(offset));

    public static ImmutableArray<Diagnostic> Moved(this ImmutableArray<Diagnostic> diagnostics, int offset) =>
        offset == 0 || diagnostics.IsEmpty ? diagnostics : [.. diagnostics.Select(d => d.Moved(offset))];

    public static Diagnostic Moved(this Diagnostic diagnostic, int offset) => diagnostic with
    {
        Span = diagnostic.Span.Moved(offset),
        Related = diagnostic.Related.IsEmpty ? diagnostic.Related : [.. diagnostic.Related.Select(r => r with { Span = r.Span.Moved(offset) })],
        Fixes = diagnostic.Fixes.IsEmpty ? diagnostic.Fixes : [.. diagnostic.Fixes.Select(f => f with { Edits = [.. f.Edits.Select(e => e with { Span = e.Span.Moved(offset) })] })],
    };

    private static PostModel Moved(this PostModel post, BlockSyntax block, int offset) => post with
    {
        On = post.On.Moved(offset),
        At = post.At.Moved(offset),
        Queue = post.Queue.Moved(offset),
        Repeat = post.Repeat is { } repeat
            ? new Located<RepeatValue>(new RepeatValue(repeat.Value.Every.Moved(offset)!, repeat.Value.Times.Moved(offset), repeat.Value.Until.Moved(offset)), repeat.Span.Moved(offset))
            : null,
        Expires = post.Expires.Moved(offset),
        Text = post.Text.Moved(offset),
        Link = post.Link.Moved(offset),
        Tags = post.Tags.Moved(offset),
        Syntax = block,
    };

    private static Located<T>? Moved<T>(this Located<T>? located, int offset) =>
        located is null ? null : located with { Span = located.Span.Moved(offset) };

    private static ImmutableArray<Located<T>> Moved<T>(this ImmutableArray<Located<T>> items, int offset) =>
        items.IsDefault ? items : [.. items.Select(i => i.Moved(offset)!)];
}
