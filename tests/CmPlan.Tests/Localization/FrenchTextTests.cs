using CmPlan.Analysis.Rules.Support;
using CmPlan.Grammar.Values;
using NodaTime;

namespace CmPlan.Tests.Localization;

public class FrenchTextTests
{
    [Theory]
    [InlineData(2027, 3, 10, "mer. 10 mars 2027")]
    [InlineData(2027, 2, 1, "lun. 1er févr. 2027")]
    [InlineData(2027, 8, 15, "dim. 15 août 2027")]
    [InlineData(2027, 12, 25, "sam. 25 déc. 2027")]
    [InlineData(2027, 7, 14, "mer. 14 juil. 2027")]
    public void Days_are_written_with_French_abbreviations(int year, int month, int day, string expected) =>
        Assert.Equal(expected, FrenchText.Day(new LocalDate(year, month, day)));

    [Fact]
    public void Times_and_date_times()
    {
        Assert.Equal("jeu. 11 mars", FrenchText.ShortDay(new LocalDate(2027, 3, 11)));
        Assert.Equal("09:30", FrenchText.Time(new LocalTime(9, 30)));
        Assert.Equal("mer. 10 mars 2027 à 09:30", FrenchText.DayTime(new LocalDateTime(2027, 3, 10, 9, 30)));
    }

    [Fact]
    public void Numbers_use_thin_spaces_and_decimal_commas()
    {
        Assert.Equal("999", FrenchText.Number(999));
        Assert.Equal("10\u202F000", FrenchText.Number(10_000));
        Assert.Equal("1\u202F234\u202F567", FrenchText.Number(1_234_567));
        Assert.Equal("-12\u202F345", FrenchText.Number(-12_345));
        Assert.Equal("2,5", FrenchText.Decimal(2.5));
        Assert.Equal("33,3", FrenchText.Decimal(100.0 / 3));
        Assert.Equal("40", FrenchText.Decimal(40.0));
        Assert.Equal("1\u202F250,5", FrenchText.Decimal(1250.5));
    }

    [Fact]
    public void Counts_are_singular_for_zero_and_one()
    {
        Assert.Equal("0 fichier", FrenchText.Count(0, "fichier"));
        Assert.Equal("1 fichier", FrenchText.Count(1, "fichier"));
        Assert.Equal("2 fichiers", FrenchText.Count(2, "fichier"));
        Assert.Equal("3 mois", FrenchText.Count(3, "mois", "mois"));
    }

    [Fact]
    public void Durations_gaps_and_publications()
    {
        Assert.Equal("5 jours", FrenchText.Duration(new PlanDuration(5, DurationUnit.Days)));
        Assert.Equal("1 semaine", FrenchText.Duration(new PlanDuration(1, DurationUnit.Weeks)));
        Assert.Equal("2 mois", FrenchText.Duration(new PlanDuration(2, DurationUnit.Months)));
        Assert.Equal("4 jours 12 heures", FrenchText.Gap(Period.FromDays(4) + Period.FromHours(12)));
        Assert.Equal("la première publication", FrenchText.Publication(0));
        Assert.Equal("la 1re republication", FrenchText.Publication(1));
        Assert.Equal("la 3e republication", FrenchText.Publication(3));
    }

    [Fact]
    public void Typesetting_puts_thin_no_break_spaces_where_French_wants_them()
    {
        Assert.Equal("«\u202Fx\u202F»", FrenchText.Quote("x"));
        Assert.Equal("Vouliez-vous dire «\u202Fx\u202F»\u202F?", FrenchText.Typeset("Vouliez-vous dire « x » ?"));
        Assert.Equal("Configuration\u202F: a\u202F; b\u202F!", FrenchText.Typeset("Configuration: a ; b!"));
        Assert.Equal("à 09:30, à {a}:{b}", FrenchText.Typeset("à 09:30, à {a}:{b}"));
        Assert.Equal("«\u202Fx\u202F»", FrenchText.Typeset("«x»"));
    }
}
