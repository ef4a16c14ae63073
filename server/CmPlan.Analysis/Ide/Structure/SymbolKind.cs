namespace CmPlan.Analysis.Ide.Structure;

/// <summary>What an outline entry stands for.</summary>
public enum SymbolKind
{
    Plan,
    Policy,
    Channel,
    Queue,
    Post,
    Property,
}
