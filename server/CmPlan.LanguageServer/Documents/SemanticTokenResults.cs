using System.Collections.Immutable;
using System.Globalization;
using CmPlan.LanguageServer.Protocol.Types;

namespace CmPlan.LanguageServer.Documents;

/// <summary>
/// The last whole-document semantic tokens sent for each document, by result id, so that
/// <c>semanticTokens/full/delta</c> sends only what changed: after a keystroke, one edit of a few
/// integers instead of the whole array (hundreds of KB on a large plan). Answered off the message
/// loop, so what was last sent is read and replaced under a lock.
/// </summary>
public sealed class SemanticTokenResults
{
    private readonly Dictionary<string, (string Id, ImmutableArray<int> Data)> last = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private long next;

    public SemanticTokensDto Full(OpenDocument document, PositionEncoding encoding)
    {
        var data = SemanticTokenEncoder.Encode(document, encoding);
        lock (gate)
        {
            return new SemanticTokensDto(data, Remember(document.Uri, data));
        }
    }

    /// <summary>One edit from the previous answer when the client names it, all the tokens otherwise.</summary>
    public SemanticTokensDeltaDto Delta(OpenDocument document, string previousId, PositionEncoding encoding)
    {
        var data = SemanticTokenEncoder.Encode(document, encoding);
        ImmutableArray<int>? previous;
        string id;
        lock (gate)
        {
            previous = last.TryGetValue(document.Uri, out var known) && known.Id == previousId ? known.Data : null;
            id = Remember(document.Uri, data);
        }

        return previous is { } before ? new SemanticTokensDeltaDto(id, Edits: Diff(before, data)) : new SemanticTokensDeltaDto(id, Data: data);
    }

    public void Forget(string uri)
    {
        lock (gate)
        {
            last.Remove(uri);
        }
    }

    /// <summary>The edits from <paramref name="before"/> to <paramref name="after"/>: none, or one replacing what lies between their common start and end.</summary>
    public static ImmutableArray<SemanticTokensEditDto> Diff(ImmutableArray<int> before, ImmutableArray<int> after)
    {
        var prefix = 0;
        while (prefix < before.Length && prefix < after.Length && before[prefix] == after[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < before.Length - prefix && suffix < after.Length - prefix && before[^(suffix + 1)] == after[^(suffix + 1)])
        {
            suffix++;
        }

        return prefix == before.Length && prefix == after.Length
            ? []
            : [new SemanticTokensEditDto(prefix, before.Length - prefix - suffix, after[prefix..(after.Length - suffix)])];
    }

    /// <summary>Keeps <paramref name="data"/> as the last answer for the document, under a new id; called under the lock.</summary>
    private string Remember(string uri, ImmutableArray<int> data)
    {
        var id = (++next).ToString(CultureInfo.InvariantCulture);
        last[uri] = (id, data);
        return id;
    }
}
