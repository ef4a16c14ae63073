using System.Globalization;
using System.Text;
using CmPlan.Analysis.Rules.Content;
using CmPlan.Analysis.Rules.Content.Unicode;
using CmPlan.Grammar.Values;

namespace CmPlan.Tests.Rules;

/// <summary>
/// How texts are counted. The X cases come from twitter-text's conformance suite
/// (conformance/validate.yml, WeightedTweetsWithDiscountedEmojiCounterTest, and the counter tests
/// that do not depend on emoji), with the same expected weighted lengths.
/// </summary>
public class TextLengthTests
{
    private const string Cjk =
        "故人西辞黄鹤楼，烟花三月下扬州。孤帆远影碧空尽，唯见长江天际流。朱雀桥边野草花，乌衣巷口夕阳斜。旧时王谢堂前燕，飞入寻常百姓家。"
        + "朝辞白帝彩云间，千里江陵一日还。两岸猿声啼不住，轻舟已过万重山。泪湿罗巾梦不成，夜深前殿按歌声。红颜未老恩先断，斜倚薰笼坐到明。"
        + "独在异乡为异客，每逢佳节倍思亲。遥知兄弟登高处，遍插茱萸少一人。";

    private const string Family = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466";

    private static string Times(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    public static TheoryData<string, string, int> Conformance() => new()
    {
        { "Regular Tweet with url", "Hi http://test.co", 26 },
        { "Just url", "http://test.co", 23 },
        { "Long tweet, overflow at char index 280", "285 chars-" + Times("xxxxxxxxxx-", 25), 285 },
        { "Long tweet with url in the middle", "285 chars- http://www.twitter.com/jack " + Times("xxxxxxxxxx-", 24), 299 },
        { "Long tweet with url at the end", Times("xxxxxxxxxx-", 24) + " http://www.twitter.com/jack ", 289 },
        { "10 url string, no overflow", Times("https://www.twitter.com/aloha ", 10), 240 },
        { "160 CJK char", Cjk, 320 },
        { "160 emoji char", Times("\U0001F637", 160), 320 },
        { "3 latin char + 160 CJK char", "the" + Cjk, 323 },
        { "'Á' is normalized into 1 char", "A\u0301B", 2 },
        { "שּׁ is normalized into 3 chars", "A\uFB2C", 4 },
        { "282 chars with a normalized character", "282 chars-" + Times("xxxxxxxxxx-", 24) + "xxxxxA\u0301x", 281 },
        { "Single byte, double word and emoji sequences", "H\U0001F431\u263A" + Family, 7 },
        { "Emoji inside the basic multilingual plane", "\U0001F637\U0001F47E\U0001F621\U0001F525\U0001F4A9", 10 },
        { "Emoji with skin tone modifiers", "\U0001F64B\U0001F3FD\U0001F468\u200D\U0001F3A4", 4 },
        {
            "General punctuation, no ZWJ/ZWNJ",
            "This is a tweet with general punctuation characters: \u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B"
            + " ‐ ‑ ‒ – — ― ‖  ‗ ‘ ’ ‚ ‛ “ ” „ ‟ ′ ″ ‴ ‵ ‶ ‷",
            110
        },
        { "140 family emoji", Times(Family, 140), 280 },
        {
            "Unicode 10.0 emoji",
            "Unicode 10.0 emoji: \U0001F92A; \U0001F9D5; \U0001F9D5\U0001F3FE; \U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F",
            34
        },
        { "Unicode 9.0 emoji", "Unicode 9.0 emoji: \U0001F920; \U0001F483; \U0001F483\U0001F3FE", 29 },
        { "Invalid characters", "ABC\u202A\uFFFFABC\uFFFE", 12 },
    };

    [Theory]
    [MemberData(nameof(Conformance))]
    public void X_counts_as_twitter_text_does(string description, string text, int expected)
    {
        Assert.NotEmpty(description);
        Assert.Equal(expected, TextLength.Weighted(text));
    }

    [Theory]
    [InlineData("1\uFE0F\u20E3", 2)]
    [InlineData("#\u20E3", 2)]
    [InlineData("\U0001F1EB\U0001F1F7", 2)]
    [InlineData("\U0001F1EB", 2)]
    [InlineData("\u00E9t\u00E9", 3)]
    [InlineData("« Bonjour » – l’équipe…", 24)]
    [InlineData("\u2026\u2022", 4)]
    [InlineData("\u2764\uFE0F", 2)]
    public void X_weighs_keycaps_flags_and_punctuation(string text, int expected) =>
        Assert.Equal(expected, TextLength.Weighted(text));

    [Theory]
    [InlineData("e\u0301", 1)]
    [InlineData("\U0001F44D\U0001F3FD", 1)]
    [InlineData("\U0001F1EB\U0001F1F7", 1)]
    [InlineData(Family, 1)]
    [InlineData("Vélo 🚲 !", 8)]
    [InlineData("故人西辞", 4)]
    [InlineData("", 0)]
    public void Other_networks_count_grapheme_clusters(string text, int expected) =>
        Assert.Equal(expected, TextLength.Graphemes(text));

    [Fact]
    public void Mastodon_counts_urls_as_23_and_the_rest_as_graphemes()
    {
        Assert.Equal(5 + 23, TextLength.Count("Vélo https://example.org/a-very-long-path/that-goes-on-and-on", TextCounting.GraphemesShortUrls));
        Assert.Equal(61, TextLength.Count("Vélo https://example.org/a-very-long-path/that-goes-on-and-on", TextCounting.Graphemes));
    }

    [Fact]
    public void The_counting_follows_the_network()
    {
        Assert.Equal(TextCounting.Weighted, TextLength.CountingOf(Network.X));
        Assert.Equal(TextCounting.GraphemesShortUrls, TextLength.CountingOf(Network.Mastodon));
        Assert.Equal(TextCounting.Graphemes, TextLength.CountingOf(Network.LinkedIn));
        Assert.Equal(TextCounting.Graphemes, TextLength.CountingOf(null));
    }

    [Fact]
    public void A_link_counts_as_if_appended_after_one_space()
    {
        Assert.Equal(5 + 1 + 23, TextLength.OfPost("Hello", "https://example.org/a/long/path", TextCounting.Weighted));
        Assert.Equal(5 + 1 + 31, TextLength.OfPost("Hello", "https://example.org/a/long/path", TextCounting.Graphemes));
        Assert.Equal(5, TextLength.OfPost("Hello", null, TextCounting.Graphemes));
    }

    [Theory]
    [InlineData("See https://example.org/a.", "https://example.org/a")]
    [InlineData("(https://example.org/a)!", "https://example.org/a")]
    [InlineData("« HTTPS://Example.org/x », ", "HTTPS://Example.org/x")]
    [InlineData("http://example.org/it's\"", "http://example.org/it's")]
    [InlineData("line\nhttp://a.fr\nnext", "http://a.fr")]
    public void A_url_ends_before_a_blank_without_its_trailing_punctuation(string text, string url)
    {
        var (start, length) = Assert.Single(TextUrls.Find(text));
        Assert.Equal(url, text.Substring(start, length));
    }

    [Fact]
    public void Text_without_a_scheme_has_no_url() => Assert.Empty(TextUrls.Find("example.com ftp://example.com http:/x"));

    [Fact]
    public void Lone_surrogates_count_as_replacement_characters()
    {
        Assert.Equal(1 + 2 + 1, TextLength.Weighted("a\uD800b"));
        Assert.Equal(3, TextLength.Graphemes("a\uDC00b"));
    }

    [Theory]
    [InlineData("e\u0301", "\u00E9")]
    [InlineData("A\u030A", "\u00C5")]
    [InlineData("\u212B", "\u00C5")]
    [InlineData("a\u0323\u0302", "\u1EAD")]
    [InlineData("a\u0302\u0323", "\u1EAD")]
    [InlineData("\u1100\u1161\u11A8", "\uAC01")]
    [InlineData("\uFB2C", "\u05E9\u05BC\u05C1")]
    [InlineData("\u0344", "\u0308\u0301")]
    [InlineData("\u0301e", "\u0301e")]
    [InlineData("plain ASCII", "plain ASCII")]
    public void Nfc_composes_as_unicode_says(string text, string expected) => Assert.Equal(expected, Nfc.Normalize(text));

    [Fact]
    public void Normalize_really_is_a_no_op_under_invariant_globalization()
    {
        // Why Nfc exists: if this starts failing, string.Normalize composes again and could replace it.
        Assert.Equal(2, "e\u0301".Normalize(NormalizationForm.FormC).Length);
    }

    [Fact]
    public void The_extended_pictographic_table_matches_dotnet_segmentation()
    {
        // GB11: an Extended_Pictographic, a ZWJ and another one stay one grapheme cluster. Planes 0 and 1 hold them all.
        for (var codePoint = 0; codePoint <= 0x1FFFF; codePoint++)
        {
            if (codePoint is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            var s = char.ConvertFromUtf32(codePoint);
            var segmented = StringInfo.GetNextTextElementLength("a" + s) == 1
                && StringInfo.GetNextTextElementLength(s + "\u200D" + s) == (2 * s.Length) + 1;
            Assert.True(segmented == ExtendedPictographic.Contains(codePoint), $"U+{codePoint:X4}");
        }

        Assert.False(ExtendedPictographic.Contains(0x20000));
        Assert.Equal(78, ExtendedPictographic.AllRanges().Count);
    }
}
