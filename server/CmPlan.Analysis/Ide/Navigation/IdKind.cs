namespace CmPlan.Analysis.Ide.Navigation;

/// <summary>The kinds of id that can be referenced from elsewhere in a plan.</summary>
public enum IdKind
{
    Channel,
    Queue,
}
