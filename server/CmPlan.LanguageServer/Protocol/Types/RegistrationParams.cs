using System.Collections.Immutable;

namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary><c>client/registerCapability</c>, sent by the server.</summary>
public sealed record RegistrationParams(ImmutableArray<Registration> Registrations);
