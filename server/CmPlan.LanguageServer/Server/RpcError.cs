namespace CmPlan.LanguageServer.Server;

/// <summary>A handler's way to answer a request with a JSON-RPC error.</summary>
public sealed class RpcError(int code, string message) : Exception(message)
{
    public int Code { get; } = code;
}
