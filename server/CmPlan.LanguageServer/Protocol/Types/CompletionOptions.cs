using System.Collections.Immutable;

namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>Completion, with the characters that open the list by themselves.</summary>
public sealed record CompletionOptions(ImmutableArray<string> TriggerCharacters);
