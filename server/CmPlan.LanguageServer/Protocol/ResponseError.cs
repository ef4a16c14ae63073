namespace CmPlan.LanguageServer.Protocol;

/// <summary>The <c>error</c> of a failed response.</summary>
public sealed record ResponseError(int Code, string Message);
