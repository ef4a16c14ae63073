using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Model;
using CmPlan.Grammar.Text;
using CmPlan.Grammar.Values;

namespace CmPlan.Analysis.Binding;

/// <summary>
/// Checks <c>on</c> and <c>queue</c> references against declared ids (forward references are fine),
/// reports <c>unknown-reference</c> with a fix to the closest id within two edits, and drops the
/// unknown ones from the model.
/// </summary>
internal sealed class References(IReadOnlyCollection<string> channels, IReadOnlyCollection<string> queues, DiagnosticBag diagnostics)
{
    public ImmutableArray<Located<string>> Channels(ImmutableArray<Located<string>> ids)
    {
        var known = ImmutableArray.CreateBuilder<Located<string>>();
        foreach (var id in ids)
        {
            if (Resolve(id, channels, "channel") && !known.Any(k => k.Value == id.Value))
            {
                known.Add(id);
            }
        }

        return known.ToImmutable();
    }

    public Located<string>? Queue(Located<string>? id) => id is not null && Resolve(id, queues, "queue") ? id : null;

    private bool Resolve(Located<string> id, IReadOnlyCollection<string> declared, string kind)
    {
        if (declared.Contains(id.Value))
        {
            return true;
        }

        var suggestion = Suggestions.Closest(id.Value, declared, 2);
        var fixes = suggestion is null
            ? []
            : new[] { new CodeFix($"Replace with '{suggestion}'", true, true, [new TextEdit(id.Span, suggestion)]) };
        diagnostics.Add(RuleIds.UnknownReference, id.Span, StructureMessages.UnknownReference(kind, id.Value, suggestion), fixes);
        return false;
    }
}
