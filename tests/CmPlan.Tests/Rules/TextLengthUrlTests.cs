using CmPlan.Analysis.Rules.Content;
using CmPlan.Analysis.Rules.Content.Urls;

namespace CmPlan.Tests.Rules;

/// <summary>
/// How X finds URLs, which it counts as 23 each (contract §3). The cases are twitter-text's own:
/// conformance/extract.yml of https://github.com/twitter/twitter-text at commit
/// 30e2430d90cff3b46393ea54caf511441983c260 (the commit tld_lib.yml comes from), sections
/// <c>urls</c>, <c>tco_urls_with_params</c> (the URLs found), <c>urls_with_indices</c> and
/// <c>urls_with_directional_markers</c> (where), transcribed as they are.
/// </summary>
public class TextLengthUrlTests
{
    public static TheoryData<string, string, string[]> Urls() => new()
    {
        { "Extract a lone URL", "http://example.com", ["http://example.com"] },
        { "Extract a lone unicode url", "http://ああ.com", ["http://ああ.com"] },
        { "Extract a lone unicode url with -", "http://あ-あ.com", ["http://あ-あ.com"] },
        { "Extract valid URL: http://google.com", "text http://google.com", ["http://google.com"] },
        { "Extract valid URL: http://foobar.com/#", "text http://foobar.com/#", ["http://foobar.com/#"] },
        { "Extract valid URL: http://google.com/#foo", "text http://google.com/#foo", ["http://google.com/#foo"] },
        { "Extract valid URL: http://google.com/#search?q=iphone%20-filter%3Alinks", "text http://google.com/#search?q=iphone%20-filter%3Alinks", ["http://google.com/#search?q=iphone%20-filter%3Alinks"] },
        { "Extract valid URL: http://twitter.com/#search?q=iphone%20-filter%3Alinks", "text http://twitter.com/#search?q=iphone%20-filter%3Alinks", ["http://twitter.com/#search?q=iphone%20-filter%3Alinks"] },
        { "Extract valid URL: http://somedomain.com/index.php?path=/abc/def/", "text http://somedomain.com/index.php?path=/abc/def/", ["http://somedomain.com/index.php?path=/abc/def/"] },
        { "Extract valid URL: http://www.boingboing.net/2007/02/14/katamari_damacy_phon.html", "text http://www.boingboing.net/2007/02/14/katamari_damacy_phon.html", ["http://www.boingboing.net/2007/02/14/katamari_damacy_phon.html"] },
        { "Extract valid URL: http://somehost.com:3000", "text http://somehost.com:3000", ["http://somehost.com:3000"] },
        { "Extract valid URL: http://xo.com/~matthew+%ff-x", "text http://xo.com/~matthew+%ff-x", ["http://xo.com/~matthew+%ff-x"] },
        { "Extract valid URL: http://xo.com/~matthew+%ff-,.;x", "text http://xo.com/~matthew+%ff-,.;x", ["http://xo.com/~matthew+%ff-,.;x"] },
        { "Extract valid URL: http://xo.com/,.;x", "text http://xo.com/,.;x", ["http://xo.com/,.;x"] },
        { "Extract valid URL: http://en.wikipedia.org/wiki/Primer_(film)", "text http://en.wikipedia.org/wiki/Primer_(film)", ["http://en.wikipedia.org/wiki/Primer_(film)"] },
        { "Extract valid URL: http://www.ams.org/bookstore-getitem/item=mbk-59", "text http://www.ams.org/bookstore-getitem/item=mbk-59", ["http://www.ams.org/bookstore-getitem/item=mbk-59"] },
        { "Extract valid URL: http://✪df.ws/ejp", "text http://✪df.ws/ejp", ["http://✪df.ws/ejp"] },
        { "Extract valid URL: http://example.com/", "test http://example.comだよね.comtest/hogehoge", ["http://example.com"] },
        { "Extract valid URL: http://chilp.it/?77e8fd", "text http://chilp.it/?77e8fd", ["http://chilp.it/?77e8fd"] },
        { "Extract valid URL: http://x.com/oneletterdomain", "text http://x.com/oneletterdomain", ["http://x.com/oneletterdomain"] },
        { "Extract valid URL: http://msdn.microsoft.com/ja-jp/library/system.net.httpwebrequest(v=VS.100).aspx", "text http://msdn.microsoft.com/ja-jp/library/system.net.httpwebrequest(v=VS.100).aspx", ["http://msdn.microsoft.com/ja-jp/library/system.net.httpwebrequest(v=VS.100).aspx"] },
        { "Extract valid URL with hyphen as query ending char: https://www.youtube.com/watch?v=LOxOAuDHzaw&list=PLPoq910Q9jXhuH6pit_KwIsck9fEz_9U-", "text https://www.youtube.com/watch?v=LOxOAuDHzaw&list=PLPoq910Q9jXhuH6pit_KwIsck9fEz_9U-", ["https://www.youtube.com/watch?v=LOxOAuDHzaw&list=PLPoq910Q9jXhuH6pit_KwIsck9fEz_9U-"] },
        { "DO NOT extract invalid URL: http://no-tld", "text http://no-tld", [] },
        { "DO NOT extract invalid URL: http://tld-too-short.x", "text http://tld-too-short.x", [] },
        { "DO NOT extract invalid URL with invalid preceding character: (http://twitter.com", "(http://twitter.com", ["http://twitter.com"] },
        { "Extract a very long hyphenated sub-domain URL (single letter hyphens)", "text http://word-and-a-number-8-ftw.domain.com/", ["http://word-and-a-number-8-ftw.domain.com/"] },
        { "DO NOT Extract a hyphenated TLD (even though it's usually a typo)", "text http://domain.com-that-you-should-have-put-a-space-after", [] },
        { "Extract URL ending with # value", "text http://foo.com?#foo text", ["http://foo.com?#foo"] },
        { "Extract URLs without protocol on (com|org|edu|gov|net) domains", "foo.com foo.net foo.org foo.edu foo.gov", ["foo.com", "foo.net", "foo.org", "foo.edu", "foo.gov"] },
        { "Extract URLs without protocol not on (com|org|edu|gov|net) domains", "foo.baz foo.co.jp www.xxxxxxx.baz www.foo.co.uk wwwww.xxxxxxx foo.comm foo.somecom foo.govedu foo.jp", ["foo.co.jp", "www.foo.co.uk", "foo.jp"] },
        { "Extract URLs without protocol on ccTLD with slash", "t.co/abcde bit.ly/abcde", ["t.co/abcde", "bit.ly/abcde"] },
        { "Extract URLs with protocol on ccTLD domains", "http://foo.jp http://fooooo.jp", ["http://foo.jp", "http://fooooo.jp"] },
        { "Extract URLs with a - or + at the end of the path", "Go to http://example.com/a+ or http://example.com/a-", ["http://example.com/a+", "http://example.com/a-"] },
        { "Extract URLs with longer paths ending in -", "Go to http://example.com/view/slug-url-?foo=bar", ["http://example.com/view/slug-url-?foo=bar"] },
        { "Extract URLs with an en dash in the path", "Go to https://en.m.wikipedia.org/wiki/Hatfield–McCoy_feud please", ["https://en.m.wikipedia.org/wiki/Hatfield–McCoy_feud"] },
        { "Extract URLs beginning with a space", "@user Try http:// example.com/path", ["example.com/path"] },
        { "Extract long URL without protocol surrounded by CJK characters", "これは日本語です。example.com/path/index.html中国語example.com/path한국", ["example.com/path/index.html", "example.com/path"] },
        { "Extract short URL without protocol surrounded by CJK characters", "twitter.comこれは日本語です。example.com中国語t.co/abcde한국twitter.com example2.comテストtwitter.com/abcde", ["twitter.com", "example.com", "t.co/abcde", "twitter.com", "example2.com", "twitter.com/abcde"] },
        { "Extract URLs with and without protocol surrounded by CJK characters", "http://twitter.com/これは日本語です。example.com中国語http://t.co/abcde한국twitter.comテストexample2.comテストhttp://twitter.com/abcde", ["http://twitter.com/", "example.com", "http://t.co/abcde", "twitter.com", "example2.com", "http://twitter.com/abcde"] },
        { "Extract URLs with protocol and path containing Cyrillic characters", "Go to http://twitter.com/Русские_слова", ["http://twitter.com/Русские_слова"] },
        { "Extract non-ASCII host name URLs with protocol, but ignore host names bigger than 63 characters. Also handle exceptions for non-ASCII hostnames longer than 256 characters", "http://exampleこれは日本語です.com/path/index.html http://あああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああ.com/path/index.html", ["http://exampleこれは日本語です.com/path/index.html"] },
        { "Extract short URLs without protocol on ccTLD domains without path", "twitter.jp日本語it.so中国語foo.jp it.so foo.jp", ["twitter.jp", "it.so", "foo.jp", "it.so", "foo.jp"] },
        { "DO NOT extract invalid URL", "Hello http://xn--はじめよう.com/index.html", [] },
        { "DO NOT Extract URL with domain preceeded by underscore: http://domain-begin_dash_2314352345_dfasd.foo-cow_4352.com", "text http://domain-dash_2314352345_dfasd.foo-cow_4352.com", [] },
        { "DO NOT Extract URLs with a - or + in the middle of an email address", "Email me at name.al-lastname@foo.com or name.al+lastname@foo.com", [] },
        { "Extract URLs with a - in the middle", "Find my page at name.al-lastname.com", ["name.al-lastname.com"] },
        { "Extract some (tv|co) short URLs without protocol on ccTLD domains without path", "MLB.tv vine.co twitch.tv t.co", ["MLB.tv", "vine.co", "twitch.tv", "t.co"] },
        { "Extract URLs beginning with a non-breaking space (U+00A0)", "@user Try http://\u00A0example.com/path", ["example.com/path"] },
        { "Extract URLs with underscores and dashes in the subdomain", "test http://sub_domain-dash.twitter.com", ["http://sub_domain-dash.twitter.com"] },
        { "Extract URL with minimum number of valid characters", "test http://a.b.cd", ["http://a.b.cd"] },
        { "Extract URLs containing underscores and dashes", "test http://a_b.c-d.com", ["http://a_b.c-d.com"] },
        { "Extract URLs containing dashes in the subdomain", "test http://a-b.c.com", ["http://a-b.c.com"] },
        { "Extract URLs with dashes in the domain name", "test http://twitter-dash.com", ["http://twitter-dash.com"] },
        { "Extract URLs with lots of symbols then a period", "http://www.bestbuy.com/site/Currie+Technologies+-+Ezip+400+Scooter/9885188.p?id=1218189013070&skuId=9885188", ["http://www.bestbuy.com/site/Currie+Technologies+-+Ezip+400+Scooter/9885188.p?id=1218189013070&skuId=9885188"] },
        { "DO NOT extract URLs containing leading dashes in the subdomain", "test http://-leadingdash.twitter.com", [] },
        { "DO NOT extract URLs containing leading dashes in the domain with a subdomain", "test http://leadingdash.-twitter.com", [] },
        { "DO NOT extract URLs containing trailing dashes in the subdomain", "test http://trailingdash-.twitter.com", [] },
        { "DO NOT extract URLs containing trailing dashes in the domain with a subdomain", "test http://trailingdash.twitter-.com", [] },
        { "DO NOT extract URLs containing leading underscores in the subdomain", "test http://_leadingunderscore.twitter.com", [] },
        { "DO NOT extract URLs containing leading underscores in the domain with a subdomain", "test http://leadingunderscore._twitter.com", [] },
        { "DO NOT extract URLs containing trailing underscores in the subdomain", "test http://trailingunderscore_.twitter.com", [] },
        { "DO NOT extract URLs containing trailing underscores in the domain with a subdomain", "test http://trailingunderscore.twitter_.com", [] },
        { "DO NOT extract URLs containing leading dashes in the domain name", "test http://-twitter.com", [] },
        { "DO NOT extract URLs containing trailing dashes in the domain name", "test http://twitter-.com", [] },
        { "DO NOT extract URLs containing underscores in the domain name", "test http://twitter_underscore.com", [] },
        { "DO NOT extract URLs containing underscores in the tld", "test http://twitter.c_o_m", [] },
        { "Extract valid URL http://www.foo.com/foo/path-with-period./", "test http://www.foo.com/foo/path-with-period./", ["http://www.foo.com/foo/path-with-period./"] },
        { "Extract valid URL http://www.foo.org.za/foo/bar/688.1", "test http://www.foo.org.za/foo/bar/688.1", ["http://www.foo.org.za/foo/bar/688.1"] },
        { "Extract valid URL http://www.foo.com/bar-path/some.stm?param1=foo;param2=P1|0||P2|0", "test http://www.foo.com/bar-path/some.stm?param1=foo;param2=P1|0||P2|0", ["http://www.foo.com/bar-path/some.stm?param1=foo;param2=P1|0||P2|0"] },
        { "Extract valid URL http://foo.com/bar/123/foo_&_bar/", "test http://foo.com/bar/123/foo_&_bar/", ["http://foo.com/bar/123/foo_&_bar/"] },
        { "Extract valid URL http://www.cp.sc.edu/events/65", "test http://www.cp.sc.edu/events/65 test", ["http://www.cp.sc.edu/events/65"] },
        { "Extract valid URL http://www.andersondaradio.no.comunidades.net/", "http://www.andersondaradio.no.comunidades.net/ test test", ["http://www.andersondaradio.no.comunidades.net/"] },
        { "Extract valid URL ELPAÍS.com", "test ELPAÍS.com", ["ELPAÍS.com"] },
        { "DO NOT include period at the end of URL", "test http://twitter.com/.", ["http://twitter.com/"] },
        { "Extract a URL with '?' in fragment", "http://tn.com.ar/show/00056158/la-estrella-del-certamen-el-turno-de-pamela-anderson?fb_xd_fragment#?=&cb=fe17523f223b7&relation=parent.parent&transport=fragment&type=resize&height=20&ackdata", ["http://tn.com.ar/show/00056158/la-estrella-del-certamen-el-turno-de-pamela-anderson?fb_xd_fragment#?=&cb=fe17523f223b7&relation=parent.parent&transport=fragment&type=resize&height=20&ackdata"] },
        { "Extract a URL with '?' in fragment in a text", "text http://tn.com.ar/show/00056158/la-estrella-del-certamen-el-turno-de-pamela-anderson?fb_xd_fragment#?=&cb=fe17523f223b7&relation=parent.parent&transport=fragment&type=resize&height=20&ackdata text", ["http://tn.com.ar/show/00056158/la-estrella-del-certamen-el-turno-de-pamela-anderson?fb_xd_fragment#?=&cb=fe17523f223b7&relation=parent.parent&transport=fragment&type=resize&height=20&ackdata"] },
        { "Extract a URL with a ton of trailing periods", "Test a ton of periods http://example.com/path..........................................", ["http://example.com/path"] },
        { "Extract a URL with a ton of trailing commas", "Test a ton of periods http://example.com/,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,", ["http://example.com/"] },
        { "Extract a URL with a ton of trailing '!'", "Test a ton of periods http://example.com/path/!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!", ["http://example.com/path/"] },
        { "DO NOT extract URLs in hashtag or @mention", "#test.com @test.com #http://test.com @http://test.com #t.co/abcde @t.co/abcde", [] },
        { "Extract a t.co URL with a trailing apostrophe", "I really like http://t.co/pbY2NfTZ's website", ["http://t.co/pbY2NfTZ"] },
        { "Extract a t.co URL with a trailing hyphen", "Check this site out http://t.co/FNkPfmii- it's great", ["http://t.co/FNkPfmii"] },
        { "Extract a t.co URL with a trailing colon", "According to http://t.co/ulYGBYSo: the internet is cool", ["http://t.co/ulYGBYSo"] },
        { "Extract a t.co URL with a long path", "I really like http://t.co/abcdefghijklmnopqrstuvwxyz0123456789", ["http://t.co/abcdefghijklmnopqrstuvwxyz0123456789"] },
        { "DO NOT extract URLs with > 40 characters in a t.co slug", "I really like http://t.co/abcdefghijklmnopqrstuvwxyz012345678901234", [] },
        { "Extract domain followed by Japanese characters", "example.comてすとですtwitter.みんなです", ["example.com", "twitter.みんな"] },
        { "Extract URL before newline", "http://twitter.com\nhttp://example.com\nhttp://example.com/path\nexample.com/path\nit.so\nit.so/abcde", ["http://twitter.com", "http://example.com", "http://example.com/path", "example.com/path", "it.so", "it.so/abcde"] },
        { "DO NOT extract URL if preceded by $", "$http://twitter.com $twitter.com $http://t.co/abcde $t.co/abcde $t.co $TVI.CA $RBS.CA", [] },
        { "DO NOT extract .bz2 file name as URL", "long.test.tar.bz2 test.tar.bz2 tar.bz2", [] },
        { "DO NOT extract URL with gTLD followed by @ sign", "john.doe.gov@mail.com", [] },
        { "DO NOT extract URL with ccTLD followed by @ sign", "john.doe.jp@mail.com", [] },
        { "Extract valid URL with params: https://t.co/UqIyJAJTfo?amp=1", "text https://t.co/UqIyJAJTfo?amp=1", ["https://t.co/UqIyJAJTfo?amp=1"] },
        { "Extract valid URL with params: https://t.co/UqIyJAJTfo?type=js", "text https://t.co/UqIyJAJTfo?type=js", ["https://t.co/UqIyJAJTfo?type=js"] },
        { "Extract valid URL with params: https://t.co/UqIyJAJTfo?ssr=true", "text https://t.co/UqIyJAJTfo?ssr=true", ["https://t.co/UqIyJAJTfo?ssr=true"] },
        { "Extract a valid URL with params: https://t.co/asdfdf?a=b#123", "text https://t.co/asdfdf?a=b#123", ["https://t.co/asdfdf?a=b#123"] },
        { "Extract a valid URL with params: https://t.co/sadfasdf?a=b&c=d", "text https://t.co/sadfasdf?a=b&c=d", ["https://t.co/sadfasdf?a=b&c=d"] },
    };

    /// <summary>Each expected URL as (start, length) pairs, in UTF-16 code units (every text here is in the BMP).</summary>
    public static TheoryData<string, string, int[]> UrlsWithIndices() => new()
    {
        { "Extract a URL", "text http://google.com", [5, 17] },
        { "Extract a URL from a Japanese tweet", "皆さん見てください！ http://google.com", [11, 17] },
        { "Extract URLs without protocol on ccTLD with slash", "t.co/abcde bit.ly/abcde", [0, 10, 11, 12] },
        { "Extract URLs without protocol surrounded by CJK characters", "twitter.comこれは日本語です。example.com中国語t.co/abcde한국twitter.com example2.comテストtwitter.com/abcde", [0, 11, 20, 11, 34, 10, 46, 11, 58, 12, 73, 17] },
        { "Extract URLs with and without protocol surrounded by CJK characters", "http://twitter.com/これは日本語です。example.com中国語http://t.co/abcde한국twitter.comテストexample2.comテストhttp://twitter.com/abcde", [0, 19, 28, 11, 42, 17, 61, 11, 75, 12, 90, 24] },
        { "Extract t.co URLs skipping trailing characters and adjusting indices correctly", "http://t.co/pbY2NfTZ's http://t.co/2vYHpAc5; http://t.co/ulYGBYSo: http://t.co/8MkmHU0k+c http://t.co/TKLp64dY.x http://t.co/8t7G3ddS#a http://t.co/FNkPfmii-", [0, 20, 23, 20, 45, 20, 67, 20, 90, 20, 113, 20, 136, 20] },
        { "Properly extract URL that contains t.co in referer", "http://www.foo.com?referer=https://t.co/abcde http://t.co/xyzzy", [0, 45, 46, 17] },
        { "Extract correct indices for duplicate instances of the same URL", "http://t.co http://t.co", [0, 11, 12, 11] },
        { "Extract I18N URL", "test http://xn--ls8h.XN--ls8h.la/", [5, 28] },
        { "Extract URLs with IDN(not encoded)", "test http://foobar.みんな/ http://foobar.中国/ http://foobar.پاکستان/ ", [5, 18, 24, 17, 42, 22] },
        { "Extract URLs from RTL text", "\u2066\u202Atest abcdef.com پاکستان http://twitter.com/\u202C\u2069", [7, 10, 26, 19] },
        { "Extract URLs from RTL text with embedded directional marks", "This is a test \u2066\u202Atwitter.com\u202C\u2069 \u2066\u202Ahttp://foobar.پاکستان/\u202C\u2069\u2069 قطر فلسطين عمان", [17, 11, 33, 22] },
    };

    [Theory]
    [MemberData(nameof(Urls))]
    public void Finds_the_urls_twitter_text_finds(string description, string text, string[] expected)
    {
        Assert.NotEmpty(description);
        Assert.Equal(expected, TwitterUrls.Find(text).Select(u => text.Substring(u.Start, u.Length)));
    }

    [Theory]
    [MemberData(nameof(UrlsWithIndices))]
    public void Finds_them_where_twitter_text_does(string description, string text, int[] expected)
    {
        Assert.NotEmpty(description);
        Assert.Equal(expected, TwitterUrls.Find(text).SelectMany(u => new[] { u.Start, u.Length }));
    }

    [Theory]
    [InlineData("Nos savons : maison-lavande.fr 🌿", 13 + 23 + 3)]
    [InlineData("Tout est sur www.example.com/path !", 13 + 23 + 2)]
    [InlineData("@user Try http:// example.com/path", 10 + 8 + 23)]
    [InlineData("Rendez-vous sur https://maison-lavande.fr/soldes?ref=x.", 16 + 23 + 1)]
    [InlineData("Fichier savon.pdf et archive.tar.bz2", 36)]
    [InlineData("Écrivez à contact@maison-lavande.fr", 35)]
    public void X_counts_bare_domains_as_links(string text, int expected) => Assert.Equal(expected, TextLength.Weighted(text));

    [Fact]
    public void Other_networks_keep_urls_as_http_runs()
    {
        Assert.Equal(13 + 17 + 2, TextLength.Count("Nos savons : maison-lavande.fr 🌿", TextCounting.GraphemesShortUrls));
        Assert.Equal(7 + 23, TextLength.Count("Lien : http://maison-lavande", TextCounting.GraphemesShortUrls));

        // On X, no top-level domain, no link.
        Assert.Equal(28, TextLength.Weighted("Lien : http://maison-lavande"));
    }

    [Fact]
    public void The_tld_list_is_twitter_texts()
    {
        Assert.Equal(1574, TwitterTlds.Country.Count + TwitterTlds.Generic.Count);
        Assert.Contains("fr", TwitterTlds.Country);
        Assert.Contains("paris", TwitterTlds.Generic);
        Assert.Contains("みんな", TwitterTlds.Generic);
    }

    [Theory]
    [InlineData("bücher", "bcher-kva")]
    [InlineData("みんな", "q9jyb4c")]
    [InlineData("例え", "r8jz45g")]
    public void Punycode_encodes_as_rfc_3492(string label, string expected) => Assert.Equal(expected, Punycode.Encode(label));
}
