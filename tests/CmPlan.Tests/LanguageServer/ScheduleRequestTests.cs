using static CmPlan.Tests.LanguageServer.FeaturePlan;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer;

public class ScheduleRequestTests
{
    [Fact]
    public void The_schedule_lists_publications_in_order_with_offsets_and_expiry()
    {
        var publications = Ask(false, "cmplan/schedule", new { textDocument = Doc }).EnumerateArray().ToList();
        Assert.Equal(
            ["2027-03-03T10:00:00+01:00", "2027-03-10T10:00:00+01:00", "2027-03-17T10:00:00+01:00", "2027-03-24T10:00:00+01:00"],
            publications.Select(p => p.GetProperty("at").GetString()));
        Assert.All(publications, p => Assert.Equal("été", p.GetProperty("post").GetString()));
        Assert.All(publications, p => Assert.Equal("mastodon", p.GetProperty("channel").GetString()));
        Assert.Equal([0, 1, 2, 3], publications.Select(p => p.GetProperty("repost").GetInt32()));
        Assert.Equal([false, false, false, true], publications.Select(p => p.GetProperty("afterExpiry").GetBoolean()));
    }

    [Fact]
    public void Summer_time_shows_in_the_offset()
    {
        var text = Text.Replace("2027-03-03 10:00", "2027-03-25 10:00", StringComparison.Ordinal).Replace("expires 2027-03-20", "expires 2027-04-30", StringComparison.Ordinal).Replace("end 2027-03-31", "end 2027-04-30", StringComparison.Ordinal);
        var dispatcher = Started(text: text);
        var publications = Assert.Single(Send(dispatcher, Request(2, "cmplan/schedule", new { textDocument = Doc }))).GetProperty("result").EnumerateArray().ToList();
        Assert.Equal("2027-03-25T10:00:00+01:00", publications[0].GetProperty("at").GetString());
        Assert.Equal("2027-04-01T10:00:00+02:00", publications[1].GetProperty("at").GetString());
    }

    [Fact]
    public void A_queue_item_names_its_queue_and_a_post_has_none()
    {
        var text = Text + "\nqueue tips\n  on mastodon\n  slots wed 18:00\n  start 2027-03-01\n\npost tip\n  queue tips\n  text \"Astuce\"\n";
        var dispatcher = Started(text: text);
        var publications = Assert.Single(Send(dispatcher, Request(2, "cmplan/schedule", new { textDocument = Doc }))).GetProperty("result").EnumerateArray().ToList();
        var tip = Assert.Single(publications, p => p.GetProperty("post").GetString() == "tip");
        Assert.Equal("tips", tip.GetProperty("queue").GetString());
        Assert.All(
            publications.Where(p => p.GetProperty("post").GetString() != "tip"),
            p => Assert.False(p.TryGetProperty("queue", out var queue) && queue.ValueKind != System.Text.Json.JsonValueKind.Null));
    }
}
