namespace CmPlan.Analysis.Localization;

/// <summary>Language codes as users and tools write them: <c>en</c>, <c>fr</c>, or a locale such as <c>fr_FR.UTF-8</c> or <c>fr-CA</c>.</summary>
public static class Languages
{
    /// <summary>"en" or "fr", as SARIF's <c>language</c> and the settings write it.</summary>
    public static string Code(this Language language) => language == Language.French ? "fr" : "en";

    /// <summary>The language a code names exactly (<c>en</c>, <c>fr</c>, any case), or null.</summary>
    public static Language? FromCode(string? code) => code?.ToLowerInvariant() switch
    {
        "en" => Language.English,
        "fr" => Language.French,
        _ => null,
    };

    /// <summary>
    /// The language of a locale: French for any <c>fr…</c> (<c>fr</c>, <c>fr_FR.UTF-8</c>, <c>fr-CA</c>),
    /// English for any other non-empty locale, null for none (the next source decides).
    /// </summary>
    public static Language? FromLocale(string? locale) =>
        string.IsNullOrEmpty(locale) ? null
        : locale.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? Language.French
        : Language.English;
}
