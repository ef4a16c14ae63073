using CmPlan.Analysis.Localization;

namespace CmPlan.Tests.Localization;

public class LanguagesTests
{
    [Theory]
    [InlineData("fr", Language.French)]
    [InlineData("FR", Language.French)]
    [InlineData("en", Language.English)]
    public void Codes_name_a_language(string code, Language expected) => Assert.Equal(expected, Languages.FromCode(code));

    [Theory]
    [InlineData("de")]
    [InlineData("auto")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_codes_name_none(string? code) => Assert.Null(Languages.FromCode(code));

    [Theory]
    [InlineData("fr_FR.UTF-8", Language.French)]
    [InlineData("fr-CA", Language.French)]
    [InlineData("fr", Language.French)]
    [InlineData("C.UTF-8", Language.English)]
    [InlineData("en_GB.UTF-8", Language.English)]
    [InlineData("de_DE", Language.English)]
    public void Locales_are_French_when_they_start_with_fr(string locale, Language expected) =>
        Assert.Equal(expected, Languages.FromLocale(locale));

    [Fact]
    public void No_locale_decides_nothing() => Assert.Null(Languages.FromLocale(string.Empty));

    [Fact]
    public void Codes_are_written_as_SARIF_wants_them()
    {
        Assert.Equal("fr", Language.French.Code());
        Assert.Equal("en", Language.English.Code());
    }
}
