namespace CmPlan.LanguageServer.Server;

/// <summary>Where the server is in the LSP lifecycle.</summary>
public enum Lifecycle
{
    NotInitialized,
    Running,
    ShutDown,
}
