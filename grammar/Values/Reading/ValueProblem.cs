using System.Collections.Immutable;

namespace CmPlan.Grammar.Values.Reading;

/// <summary>
/// What a <see cref="ValueError"/> says, as data: the analysis words it in the user's language (the
/// grammar knows no language). The fields a kind fills are listed on <see cref="ValueProblemKind"/>;
/// <see cref="Then"/> holds the sentences that follow it, in order.
/// </summary>
/// <param name="Text">What was written (shortened where it is the user's own), or the word the kind names.</param>
public sealed record ValueProblem(ValueProblemKind Kind, string Text = "")
{
    /// <summary>The property key (or block keyword) the value belongs to.</summary>
    public string Key { get; init; } = string.Empty;

    public ValueForm Form { get; init; }

    public int First { get; init; }

    public int Second { get; init; }

    public int Third { get; init; }

    public string? Other { get; init; }

    public string? Example { get; init; }

    public ImmutableArray<ValueProblem> Then { get; init; } = [];

    /// <summary>This problem with <paramref name="more"/> said after its own sentences.</summary>
    public ValueProblem Followed(params ReadOnlySpan<ValueProblem> more) => this with { Then = [.. Then, .. more] };
}
