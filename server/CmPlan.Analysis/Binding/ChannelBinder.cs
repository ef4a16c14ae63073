using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;
using CmPlan.Grammar.Values.Reading;

namespace CmPlan.Analysis.Binding;

/// <summary>Binds a <c>channel</c>: its network (by default its id, when that names one), limit and slots.</summary>
internal static class ChannelBinder
{
    public static ChannelModel Bind(BlockSyntax block, string id, DiagnosticBag diagnostics)
    {
        var bag = new PropertyBag(block, diagnostics);
        var network = Networks.Find(id);
        if (bag.Read("network", ValueReader.Ident) is { } name)
        {
            network = Networks.Find(name.Value);
            if (network is null)
            {
                var suggestion = Suggestions.Closest(name.Value, Networks.Names, 3);
                bag.ReportInvalid(name.Span, StructureMessages.UnknownNetwork(bag.Words, name.Value, suggestion), StructuralFixes.Suggest(name.Span, suggestion));
            }
        }

        var limit = bag.Read("limit", ValueReader.Int);
        if (limit is { Value: < 1 })
        {
            bag.ReportInvalid(limit.Span, bag.Words.Say(MessageId.LimitAtLeastOne));
            limit = null;
        }

        // max-media 0 is a channel that publishes text only.
        var maxMedia = bag.Read("max-media", ValueReader.Int);
        return new ChannelModel(id, network, limit, [.. bag.ReadAll("slots", ValueReader.Slots)], block) { MaxMedia = maxMedia };
    }
}
