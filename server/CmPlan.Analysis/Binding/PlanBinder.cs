using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Model;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Values.Reading;
using NodaTime;

namespace CmPlan.Analysis.Binding;

/// <summary>Binds the <c>plan</c> block: its name, zone, start and end.</summary>
internal static class PlanBinder
{
    public static PlanInfo Bind(BlockSyntax block, DiagnosticBag diagnostics)
    {
        var name = ReadName(block, diagnostics);
        var bag = new PropertyBag(block, diagnostics);
        var zone = bag.Read("timezone", ValueReader.TimeZone)?.Value ?? DateTimeZone.Utc;
        return new PlanInfo(name, zone, bag.Read("start", ValueReader.Date), bag.Read("end", ValueReader.Date), block);
    }

    private static string? ReadName(BlockSyntax block, DiagnosticBag diagnostics)
    {
        if (block.Argument is not { } argument)
        {
            diagnostics.Add(RuleIds.InvalidValue, block.Keyword.Span, StructureMessages.MissingName(diagnostics.Words, "plan", "plan \"Printemps 2027\""));
            return null;
        }

        var result = ValueReader.QuotedString("plan", argument);
        if (!result.IsValid)
        {
            diagnostics.AddInvalid(result.Error);
            return null;
        }

        return result.Located.Value;
    }
}
