namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>Whether the client accepts <c>client/registerCapability</c> for a feature.</summary>
public sealed record DynamicRegistrationCapability(bool? DynamicRegistration = null);
