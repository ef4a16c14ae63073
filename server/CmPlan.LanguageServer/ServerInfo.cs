namespace CmPlan.LanguageServer;

/// <summary>The name the server gives in <c>initialize</c>.</summary>
public static class ServerInfo
{
    public const string Name = "cmplan";
}
