namespace CmPlan.LanguageServer.Documents;

/// <summary>What an LSP position's character counts: UTF-16 code units (the default) or UTF-8 bytes.</summary>
public enum PositionEncoding
{
    Utf16,
    Utf8,
}
