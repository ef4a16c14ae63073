using CmPlan.Analysis.Diagnostics;

namespace CmPlan.Analysis.Rules;

/// <summary>
/// One configurable rule of contract §5: its metadata and its check. A rule reads the model and
/// the schedule computed once per analysis (through <see cref="RuleContext"/>), never re-expands it,
/// and reports through the context, which applies the configured severity.
/// </summary>
public abstract class Rule
{
    public abstract RuleDescriptor Descriptor { get; }

    public string Id => Descriptor.Id;

    public abstract void Check(RuleContext context);
}
