namespace CmPlan.LanguageServer;

/// <summary>The name and version the server gives in <c>initialize</c>.</summary>
public static class ServerInfo
{
    public const string Name = "cmplan";

    public static string Version { get; } = typeof(ServerInfo).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
