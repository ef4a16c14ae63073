using CmPlan.Cli;
using CmPlan.Cli.Inputs;
using NodaTime;
using NodaTime.Text;

namespace CmPlan.Tests.Cli;

public class NowOptionTests
{
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    private static string Now(string value, DateTimeZone zone) =>
        InstantPattern.ExtendedIso.Format(NowOption.Parse(value).Now(zone));

    [Theory]
    [InlineData("2027-03-01", "2027-02-28T23:00:00Z")]
    [InlineData("2027-07-01", "2027-06-30T22:00:00Z")]
    [InlineData("2027-03-01T09:00", "2027-03-01T08:00:00Z")]
    [InlineData("2027-03-01 09:00", "2027-03-01T08:00:00Z")]
    [InlineData("2027-03-01T09:00:30", "2027-03-01T08:00:30Z")]
    [InlineData("2027-03-01T09:00Z", "2027-03-01T09:00:00Z")]
    [InlineData("2027-03-01T09:00:00Z", "2027-03-01T09:00:00Z")]
    [InlineData("2027-03-01T09:00:00.5Z", "2027-03-01T09:00:00.5Z")]
    [InlineData("2027-03-01T09:00+05:30", "2027-03-01T03:30:00Z")]
    [InlineData("2027-03-01 09:00:00-02:00", "2027-03-01T11:00:00Z")]
    public void Reads_dates_local_date_times_and_instants(string value, string expected) => Assert.Equal(expected, Now(value, Paris));

    [Fact]
    public void Local_values_are_read_in_the_plan_zone() =>
        Assert.Equal("2027-03-01T09:00:00Z", Now("2027-03-01T09:00", DateTimeZone.Utc));

    [Fact]
    public void A_local_time_in_a_gap_moves_forward() =>
        Assert.Equal("2027-03-28T01:30:00Z", Now("2027-03-28T02:30", Paris));

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("2027-02-30")]
    [InlineData("2027-3-1")]
    [InlineData("2027-03-01T25:00")]
    [InlineData("2027-03-01T09")]
    [InlineData("2027-03-01T09:00 Europe/Paris")]
    public void Rejects_anything_else(string value)
    {
        var error = Assert.Throws<CliError>(() => NowOption.Parse(value));
        Assert.StartsWith($"invalid --now '{value}': expected", error.Message, StringComparison.Ordinal);
    }
}
