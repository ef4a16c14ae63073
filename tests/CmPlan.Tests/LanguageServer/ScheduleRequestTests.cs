using static CmPlan.Tests.LanguageServer.FeaturePlan;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer;

public class ScheduleRequestTests
{
    [Fact]
    public void The_schedule_lists_publications_in_order_with_offsets_and_expiry()
    {
        var publications = Ask(false, "cmplan/schedule", new { textDocument = Doc }).GetProperty("publications").EnumerateArray().ToList();
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
        var publications = Assert.Single(Send(dispatcher, Request(2, "cmplan/schedule", new { textDocument = Doc }))).GetProperty("result").GetProperty("publications").EnumerateArray().ToList();
        Assert.Equal("2027-03-25T10:00:00+01:00", publications[0].GetProperty("at").GetString());
        Assert.Equal("2027-04-01T10:00:00+02:00", publications[1].GetProperty("at").GetString());
    }

    [Fact]
    public void A_queue_item_names_its_queue_and_a_post_has_none()
    {
        var text = Text + "\nqueue tips\n  on mastodon\n  slots wed 18:00\n  start 2027-03-01\n\npost tip\n  queue tips\n  text \"Astuce\"\n";
        var dispatcher = Started(text: text);
        var publications = Assert.Single(Send(dispatcher, Request(2, "cmplan/schedule", new { textDocument = Doc }))).GetProperty("result").GetProperty("publications").EnumerateArray().ToList();
        var tip = Assert.Single(publications, p => p.GetProperty("post").GetString() == "tip");
        Assert.Equal("tips", tip.GetProperty("queue").GetString());
        Assert.All(
            publications.Where(p => p.GetProperty("post").GetString() != "tip"),
            p => Assert.False(p.TryGetProperty("queue", out var queue) && queue.ValueKind != System.Text.Json.JsonValueKind.Null));
    }

    [Theory]
    [InlineData(false, 8)]
    [InlineData(true, 10)]
    public void The_schedule_gives_the_zone_the_channels_and_where_each_post_is(bool utf8, int idEnd)
    {
        var schedule = Ask(utf8, "cmplan/schedule", new { textDocument = Doc });
        Assert.Equal("Europe/Paris", schedule.GetProperty("zone").GetString());
        Assert.Equal(["mastodon"], schedule.GetProperty("channels").EnumerateArray().Select(c => c.GetString()));
        var post = Assert.Single(schedule.GetProperty("posts").EnumerateArray().ToList());
        Assert.Equal("été", post.GetProperty("id").GetString());
        var range = post.GetProperty("range");
        Assert.Equal((7, 5), (range.GetProperty("start").GetProperty("line").GetInt32(), range.GetProperty("start").GetProperty("character").GetInt32()));
        Assert.Equal((7, idEnd), (range.GetProperty("end").GetProperty("line").GetInt32(), range.GetProperty("end").GetProperty("character").GetInt32()));
    }

    [Fact]
    public void Channels_come_in_declaration_order_even_without_publications_and_a_plan_without_zone_is_in_utc()
    {
        var text = "channel linkedin\n\nchannel x\n\npost brouillon\n  text \"Sans date\"\n";
        var dispatcher = Started(text: text);
        var schedule = Assert.Single(Send(dispatcher, Request(2, "cmplan/schedule", new { textDocument = Doc }))).GetProperty("result");
        Assert.Equal("UTC", schedule.GetProperty("zone").GetString());
        Assert.Equal(["linkedin", "x"], schedule.GetProperty("channels").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(4, schedule.GetProperty("posts")[0].GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal(0, schedule.GetProperty("publications").GetArrayLength());
    }

    [Fact]
    public void A_publication_carries_its_posts_status_and_media_and_omits_them_when_absent()
    {
        var text = Text + "\npost affiche\n  on mastodon\n  at 2027-03-05 12:00\n  status review\n"
            + "  media visuels/affiche.png alt \"Affiche de la fête du printemps\"\n  media https://example.org/teaser.mp4\n  text \"La fête du printemps 🌸\"\n";
        var dispatcher = Started(text: text);
        var publications = Assert.Single(Send(dispatcher, Request(2, "cmplan/schedule", new { textDocument = Doc }))).GetProperty("result").GetProperty("publications").EnumerateArray().ToList();
        var affiche = Assert.Single(publications, p => p.GetProperty("post").GetString() == "affiche");
        Assert.Equal("review", affiche.GetProperty("status").GetString());
        Assert.Equal(
            ["visuels/affiche.png image Affiche de la fête du printemps", "https://example.org/teaser.mp4 video -"],
            affiche.GetProperty("media").EnumerateArray().Select(m => $"{m.GetProperty("src").GetString()} {m.GetProperty("kind").GetString()} {(m.TryGetProperty("alt", out var alt) ? alt.GetString() : "-")}"));
        var other = publications.First(p => p.GetProperty("post").GetString() != "affiche");
        Assert.False(other.TryGetProperty("status", out _));
        Assert.False(other.TryGetProperty("media", out _));
    }
}
