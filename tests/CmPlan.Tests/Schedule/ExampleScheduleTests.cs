using CmPlan.Tests.Support;
using static CmPlan.Tests.Schedule.ScheduleText;

namespace CmPlan.Tests.Schedule;

/// <summary>The schedules that the examples' comments and the language guide (§5) state.</summary>
public class ExampleScheduleTests
{
    [Fact]
    public void Queue_rotation_matches_the_guide_table()
    {
        Assert.Equal(
            [
                "astuce-pneus instagram 2027-03-01T12:00:00+01:00 0",
                "astuce-chaine instagram 2027-03-03T12:00:00+01:00 0",
                "astuce-freins instagram 2027-03-05T12:00:00+01:00 0",
                "astuce-pneus instagram 2027-03-08T12:00:00+01:00 1",
                "astuce-freins instagram 2027-03-10T12:00:00+01:00 1",
                "astuce-pneus instagram 2027-03-12T12:00:00+01:00 2",
                "astuce-freins instagram 2027-03-15T12:00:00+01:00 2",
            ],
            Lines(Example("queue-rotation")));
    }

    [Fact]
    public void Dst_paris_matches_its_comments()
    {
        Assert.Equal(
            [
                "brunch-printemps instagram 2027-03-14T10:00:00+01:00 0",
                "brunch-printemps instagram 2027-03-21T10:00:00+01:00 1",
                "nuit-blanche instagram 2027-03-28T03:30:00+02:00 0",
                "brunch-printemps instagram 2027-03-28T10:00:00+02:00 2",
                "brunch-printemps instagram 2027-04-04T10:00:00+02:00 3",
                "brunch-automne instagram 2027-10-24T02:30:00+02:00 0",
                "brunch-automne instagram 2027-10-31T02:30:00+02:00 1",
                "brunch-automne instagram 2027-11-07T02:30:00+01:00 2",
            ],
            Lines(Example("dst-paris")));
    }

    [Fact]
    public void Month_end_matches_its_comments()
    {
        Assert.Equal(
            [
                "bilan-mensuel linkedin 2027-01-31T18:00:00+01:00 0",
                "bilan-mensuel linkedin 2027-02-28T18:00:00+01:00 1",
                "bilan-mensuel linkedin 2027-03-31T18:00:00+02:00 2",
                "bilan-mensuel linkedin 2027-04-30T18:00:00+02:00 3",
                "bilan-mensuel linkedin 2027-05-31T18:00:00+02:00 4",
                "jour-bissextile linkedin 2028-02-29T09:00:00+01:00 0",
                "jour-bissextile linkedin 2029-02-28T09:00:00+01:00 1",
                "jour-bissextile linkedin 2030-02-28T09:00:00+01:00 2",
                "jour-bissextile linkedin 2031-02-28T09:00:00+01:00 3",
            ],
            Lines(Example("month-end")));
    }

    [Fact]
    public void New_york_daily_post_keeps_02_30_local_across_both_changes()
    {
        var lines = Lines(Example("new-york"));

        // 2027-03-12 to 2027-11-08 inclusive: 242 days.
        Assert.Equal(242, lines.Length);
        Assert.Contains("dernier-set mastodon 2027-03-13T02:30:00-05:00 1", lines);
        Assert.Contains("dernier-set mastodon 2027-03-14T03:30:00-04:00 2", lines);
        Assert.Contains("dernier-set mastodon 2027-03-15T02:30:00-04:00 3", lines);
        Assert.Contains("dernier-set mastodon 2027-11-07T02:30:00-05:00 240", lines);
        Assert.Equal("dernier-set mastodon 2027-11-08T02:30:00-05:00 241", lines[^1]);
    }

    private static string Example(string name) => File.ReadAllText(Path.Combine(Repo.Examples, name + ".cmplan"));
}
