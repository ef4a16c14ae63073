namespace CmPlan.Tests.Cli;

/// <summary>Runs an action on dispose: undoes a test's change to the file system in a <c>using</c>.</summary>
public sealed class DisposableAction(Action action) : IDisposable
{
    public void Dispose() => action();
}
