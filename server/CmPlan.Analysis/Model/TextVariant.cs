using System.Collections.Immutable;
using CmPlan.Grammar.Text;
using CmPlan.Grammar.Values;

namespace CmPlan.Analysis.Model;

/// <summary>
/// A <c>text &lt;channels&gt;</c> property (contract §3, 1.2): the text those channels publish instead
/// of the post's plain <c>text</c>. <see cref="Text"/> is null when it was invalid (reported, and the
/// variant still counts for its channels); <see cref="Span"/> is the whole property, its text block included.
/// </summary>
public sealed record TextVariant(ImmutableArray<Located<string>> Channels, Located<TextValue>? Text, TextSpan Span)
{
    public bool Names(string channel) => Channels.Any(c => c.Value == channel);
}
