namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>One media of a publication in <c>cmplan/schedule</c> (1.2): its path or address as written, <c>image</c>, <c>video</c> or <c>unknown</c>, and its alt text when set.</summary>
public sealed record MediaDto(string Src, string Kind, string? Alt);
