namespace CmPlan.Grammar.Syntax;

public enum BlockKind
{
    Plan,
    Policy,
    Channel,
    Queue,
    Post,
}
