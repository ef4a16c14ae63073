using CmPlan.Analysis.Localization;

namespace CmPlan.LanguageServer.Server;

/// <summary>The <c>cmplan.language</c> setting: <c>auto</c> (the client's locale decides), <c>fr</c> or <c>en</c>.</summary>
public static class LanguageSetting
{
    /// <summary>Whether the value is valid, and the language it forces (null: the locale decides).</summary>
    public static (bool Valid, Language? Language) Parse(string value) =>
        value.Trim() is var trimmed && (trimmed.Length == 0 || trimmed.Equals("auto", StringComparison.OrdinalIgnoreCase))
            ? (true, null)
            : Languages.FromCode(trimmed) is { } language ? (true, language) : (false, null);

    /// <summary>The setting, else the client's locale, else the server's own default (<c>--lang</c>, the environment).</summary>
    public static Language Choose(Language? setting, Language? locale, Language fallback) => setting ?? locale ?? fallback;
}
