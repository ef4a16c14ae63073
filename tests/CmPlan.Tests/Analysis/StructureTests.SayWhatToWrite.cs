using CmPlan.Analysis;
using CmPlan.Analysis.Fixing;
using CmPlan.Grammar.Text;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Analysis;

/// <summary>Contract §5 "Say what to write": each usual slip is quoted, its replacement shown, and fixed safely when unambiguous.</summary>
public partial class StructureTests
{
    private const string Header = "plan \"Printemps 2027\"\n  timezone Europe/Paris\n  end 2028-12-31\n\npolicy\n  max-span 24mo\n\nchannel x\n\n";

    /// <summary>The plan's single diagnostic has <paramref name="message"/>; its safe preferred fix gives <paramref name="fixedPlan"/>, which has no diagnostic left (none when null).</summary>
    private static void Says(string plan, string rule, string message, string? fixedPlan)
    {
        var diagnostic = Assert.Single(Plans.Analyze(plan).Diagnostics);
        Assert.Equal((rule, message), (diagnostic.Rule, diagnostic.Message));
        if (fixedPlan is null)
        {
            Assert.Empty(diagnostic.Fixes);
            return;
        }

        var fix = Assert.Single(diagnostic.Fixes);
        Assert.True(fix.IsSafe && fix.IsPreferred);
        var text = EditApplier.Apply(plan, fix.Edits);
        Assert.Equal(fixedPlan, text);
        Assert.Empty(Plans.Analyze(text).Diagnostics);
    }

    private static string Post(string line) => Header + "post soldes\n  on x\n  " + line + "\n  text \"Soldes d'hiver 🎉 #soldes\"\n";

    private static string PostAt(string line) => Post("at 2027-03-10 09:30\n  " + line);

    [Theory]
    [InlineData("at 2027-03-10 9:30", "at 2027-03-10 09:30", "'at' expects a date and time, like 2027-03-02 09:00, not '2027-03-10 9:30'. Write '2027-03-10 09:30'.")]
    [InlineData("at 2027-03-10 9h30", "at 2027-03-10 09:30", "'at' expects a date and time, like 2027-03-02 09:00, not '2027-03-10 9h30'. Write '2027-03-10 09:30'.")]
    [InlineData("at 2027-03-10 9h", "at 2027-03-10 09:00", "'at' expects a date and time, like 2027-03-02 09:00, not '2027-03-10 9h'. Write '2027-03-10 09:00'.")]
    [InlineData("at 25/03/2027 18h", "at 2027-03-25 18:00", "'at' expects a date and time, like 2027-03-02 09:00, not '25/03/2027 18h'. Write '2027-03-25 18:00'.")]
    [InlineData("at 10.03.2027 09:30", "at 2027-03-10 09:30", "'at' expects a date and time, like 2027-03-02 09:00, not '10.03.2027 09:30'. Write '2027-03-10 09:30'. Read day first, as in French: 10 March, not 3 October (both numbers are 12 or less).")]
    public void A_time_or_a_date_as_the_French_write_it_gets_its_form(string line, string fixedLine, string message) =>
        Says(Post(line), "invalid-value", message, Post(fixedLine));

    [Theory]
    [InlineData("expires 10/03/2027", "expires 2027-03-10", "'expires' expects a date or a date and time, like 2027-03-25 or 2027-03-25 18:00, not '10/03/2027'. Write '2027-03-10'. Read day first, as in French: 10 March, not 3 October (both numbers are 12 or less).")]
    [InlineData("repeat every 7j times 2", "repeat every 7d times 2", "'repeat' expects every <duration> [times <n>] [until <date>], like every 7d times 3, not 'every 7j times 2'. Write 'every 7d times 2'.")]
    [InlineData("repeat every 7jours times 2", "repeat every 7d times 2", "'repeat' expects every <duration> [times <n>] [until <date>], like every 7d times 3, not 'every 7jours times 2'. Write 'every 7d times 2'.")]
    [InlineData("repeat every 2sem times 2", "repeat every 2w times 2", "'repeat' expects every <duration> [times <n>] [until <date>], like every 7d times 3, not 'every 2sem times 2'. Write 'every 2w times 2'.")]
    [InlineData("repeat every 2semaines until 31/03/2027", "repeat every 2w until 2027-03-31", "'repeat' expects every <duration> [times <n>] [until <date>], like every 7d times 3, not 'every 2semaines until 31/03/2027'. Write 'every 2w until 2027-03-31'.")]
    [InlineData("repeat every 1y times 1", "repeat every 12mo times 1", "'repeat' expects every <duration> [times <n>] [until <date>], like every 7d times 3, not 'every 1y times 1'. Write 'every 12mo times 1'.")]
    [InlineData("repeat every 1an times 1", "repeat every 12mo times 1", "'repeat' expects every <duration> [times <n>] [until <date>], like every 7d times 3, not 'every 1an times 1'. Write 'every 12mo times 1'.")]
    public void A_date_or_a_duration_unit_as_the_French_write_it_gets_its_form(string line, string fixedLine, string message) =>
        Says(PostAt(line), "invalid-value", message, PostAt(fixedLine));

    [Fact]
    public void One_m_is_minutes_or_months_so_the_message_offers_both_and_no_fix() =>
        Says(PostAt("repeat every 1m times 2"), "invalid-value",
            "'repeat' expects every <duration> [times <n>] [until <date>], like every 7d times 3, not 'every 1m times 2'. '1m' could be 1min (minutes) or 1mo (months): write the one you mean.",
            null);

    private static string Slots(string line) => Header.Replace("channel x\n", "channel x\n  " + line + "\n", StringComparison.Ordinal);

    [Theory]
    [InlineData("slots lundi 09:00", "slots mon 09:00")]
    [InlineData("slots Mon 09:00", "slots mon 09:00")]
    [InlineData("slots MON-FRI 09:00", "slots mon-fri 09:00")]
    [InlineData("slots mon wed 09:00", "slots mon, wed 09:00")]
    [InlineData("slots lundi mercredi 12:30, 18:00", "slots mon, wed 12:30 18:00")]
    [InlineData("slots weekdays 12:30, 18h", "slots weekdays 12:30 18:00")]
    public void Day_words_and_list_punctuation_in_slots_get_their_form(string line, string fixedLine)
    {
        var value = line["slots ".Length..];
        Says(Slots(line), "invalid-value",
            $"'slots' expects days and times, like weekdays 09:00 12:30 or mon, thu 18:00, not '{value}'. Write '{fixedLine["slots ".Length..]}'.",
            Slots(fixedLine));
    }

    [Theory]
    [InlineData("chanel insta", "channel insta", "'chanel' does not start a block: a line at column 0 starts with plan, policy, channel, queue or post. Did you mean 'channel'? The lines under it were skipped.")]
    [InlineData("pots insta", "post insta", "'pots' does not start a block: a line at column 0 starts with plan, policy, channel, queue or post. Did you mean 'post'? The lines under it were skipped.")]
    [InlineData("poste insta", "post insta", "'poste' does not start a block: a line at column 0 starts with plan, policy, channel, queue or post. Did you mean 'post'? The lines under it were skipped.")]
    public void A_misspelt_block_keyword_gets_the_keyword(string header, string fixedHeader, string message)
    {
        static string Plan(string h) => Header + h + "\n" + (h.StartsWith('c') ? "  network instagram\n" : "  on x\n  at 2027-03-10 09:30\n  text \"Nouveautés 🌸\"\n");
        Says(Plan(header), "syntax", message, Plan(fixedHeader));
    }

    [Fact]
    public void Plann_gets_plan() =>
        Says("plann \"Printemps 2027\"\n", "syntax",
            "'plann' does not start a block: a line at column 0 starts with plan, policy, channel, queue or post. Did you mean 'plan'? The lines under it were skipped.",
            "plan \"Printemps 2027\"\n");

    [Theory]
    [InlineData("plan Printemps 2027", "plan \"Printemps 2027\"", "'plan' expects a quoted text, like \"Bonjour !\", not 'Printemps 2027'. Put the text between straight quotes. Write '\"Printemps 2027\"'.")]
    [InlineData("plan “Printemps 2027”", "plan \"Printemps 2027\"", "'plan' expects a quoted text, like \"Bonjour !\", not '“Printemps 2027”'. Quotes around a text are straight: \". Write '\"Printemps 2027\"'.")]
    [InlineData("plan « Printemps 2027 »", "plan \"Printemps 2027\"", "'plan' expects a quoted text, like \"Bonjour !\", not '« Printemps 2027 »'. Quotes around a text are straight: \". Write '\"Printemps 2027\"'.")]
    public void A_plan_name_gets_straight_quotes(string header, string fixedHeader, string message) =>
        Says(header + "\n  timezone Europe/Paris\n", "invalid-value", message, fixedHeader + "\n  timezone Europe/Paris\n");

    [Fact]
    public void An_unescaped_quote_inside_a_text_gets_a_backslash_or_a_text_block() =>
        Says(Post("at 2027-03-10 09:30").Replace("text \"Soldes d'hiver 🎉 #soldes\"", "text \"Notre \"best-seller\" est de retour\"", StringComparison.Ordinal), "invalid-value",
            "'text' expects a quoted text, like \"Bonjour !\", not '\"Notre \"best-seller\" est de retour\"'. A \" inside a quoted text is written \\\", or the text goes in a text block (on the lines below 'text'). Write '\"Notre \\\"best-seller\\\" est de retour\"'.",
            Post("at 2027-03-10 09:30").Replace("text \"Soldes d'hiver 🎉 #soldes\"", "text \"Notre \\\"best-seller\\\" est de retour\"", StringComparison.Ordinal));

    [Fact]
    public void A_tab_in_indentation_gets_spaces() =>
        Says(Header + "post soldes\n\ton x\n  at 2027-03-10 09:30\n  text \"Soldes\"\n", "syntax",
            "A tab is used for indentation: indent with spaces (2 spaces here); 'cmplan format' repairs it.",
            Header + "post soldes\n  on x\n  at 2027-03-10 09:30\n  text \"Soldes\"\n");

    private static string Zone(string zone) => "plan \"Printemps 2027\"\n  timezone " + zone + "\n";

    [Theory]
    [InlineData("UTC+1", "'UTC+1' is an offset, not a time zone: write the zone of a city whose clocks the plan follows, like Europe/Paris, which also follows summer time; a fixed offset is written Etc/GMT-1 (the sign is inverted).")]
    [InlineData("GMT+1", "'GMT+1' is an offset, not a time zone: write the zone of a city whose clocks the plan follows, like Europe/Paris, which also follows summer time; a fixed offset is written Etc/GMT-1 (the sign is inverted).")]
    [InlineData("UTC-5", "'UTC-5' is an offset, not a time zone: write the zone of a city whose clocks the plan follows, like America/New_York, which also follows summer time; a fixed offset is written Etc/GMT+5 (the sign is inverted).")]
    [InlineData("CEST", "'CEST' is an abbreviation, not a time zone: write the zone of a city whose clocks the plan follows, like Europe/Paris, which changes between summer and winter time by itself.")]
    public void An_offset_or_an_abbreviation_gets_city_zones_and_no_fix(string zone, string message) =>
        Says(Zone(zone), "invalid-value", message, null);

    [Fact]
    public void A_misspelt_zone_gets_its_closest_id_as_an_unsafe_fix()
    {
        var diagnostic = Assert.Single(Plans.Analyze(Zone("Europe/Pariss")).Diagnostics);
        Assert.Equal("'Europe/Pariss' is not a known time zone. Did you mean Europe/Paris?", diagnostic.Message);
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.False(fix.IsSafe);
        Assert.Equal(Zone("Europe/Paris"), EditApplier.Apply(Zone("Europe/Pariss"), fix.Edits));
    }

    [Fact]
    public void A_misspelt_rule_in_a_policy_gets_its_fix() =>
        Says("policy\n  rule off-slots off\n", "unknown-rule", "No rule is called 'off-slots'. Did you mean 'off-slot'?", "policy\n  rule off-slot off\n");

    [Fact]
    public void A_misspelt_rule_in_a_suppression_gets_its_fix()
    {
        var plan = Header + "post soldes\n  on x\n  at 2027-03-10 09:30  # cmplan-ignore past-publicaton\n  text \"Soldes\"\n";
        var result = Plans.Analyze(plan, PlanClock.AtLocal(new NodaTime.LocalDateTime(2027, 4, 1, 0, 0)));
        Assert.Equal(["past-publication", "unknown-rule", "unused-suppression"], result.Diagnostics.Select(d => d.Rule).Order());
        var diagnostic = result.Diagnostics.Single(d => d.Rule == "unknown-rule");
        Assert.Equal(("unknown-rule", "No rule is called 'past-publicaton'. Did you mean 'past-publication'?"), (diagnostic.Rule, diagnostic.Message));
        var fixedPlan = EditApplier.Apply(plan, Assert.Single(diagnostic.Fixes).Edits);
        Assert.Empty(Plans.Analyze(fixedPlan, PlanClock.AtLocal(new NodaTime.LocalDateTime(2027, 4, 1, 0, 0))).Diagnostics);
    }

    [Fact]
    public void A_misspelt_property_gets_its_fix() =>
        Says(PostAt("expire 2027-03-31"), "unknown-property",
            "'expire' is not a property of post. Did you mean 'expires'? Known: on, at, queue, repeat, expires, text, link, media, status, tags.",
            PostAt("expires 2027-03-31"));

    [Theory]
    [InlineData("link https://ex.com/a\u001b[2JBEGIN:VEVENT", "'link' expects a web address, and 'https://ex.com/a' is followed by a control character, U+001B: a web address has neither.")]
    [InlineData("link https://ex.com/mes soldes", "'link' expects a web address, and 'https://ex.com/mes' is followed by a blank, U+0020: a web address has neither (write a space as %20).")]
    public void A_url_with_a_control_character_or_a_blank_is_invalid(string line, string message) =>
        Says(PostAt(line), "invalid-value", message, null);

    [Fact]
    public void A_runaway_id_is_quoted_cut_at_80_characters()
    {
        var id = new string('a', 5_000_000);
        var result = Plans.Analyze(Header + "post p\n  on " + id + "\n  at 2027-03-10 09:30\n  text \"Soldes\"\n");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal($"No channel '{new string('a', 80)}…' is declared.", diagnostic.Message);
    }

    [Fact]
    public void A_file_saved_as_UTF16_gets_one_diagnostic_that_says_so()
    {
        var bytes = System.Text.Encoding.Unicode.GetBytes(Header + "post soldes\n  on x\n  at 2027-03-10 09:30\n  text \"Soldes d'été\"\n");
        var result = PlanAnalyzer.Analyze(SourceText.FromBytes(bytes), AnalysisOptions.Default with { Clock = Plans.DefaultNow });
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("syntax", "The file looks like UTF-16 (a NUL byte every other byte), not UTF-8: save it as UTF-8 (in most editors: Save with Encoding, UTF-8). Nothing else was checked."), (diagnostic.Rule, diagnostic.Message));
    }

    [Fact]
    public void Ids_are_compared_after_NFC_so_a_combining_accent_is_the_same_id()
    {
        // "réseau" declared with the composed é (U+00E9), referenced with e + U+0301.
        var plan = "channel r\u00E9seau\n  network linkedin\n\npost soldes\n  on re\u0301seau\n  at 2027-03-10 09:30\n  text \"Soldes d'hiver 🎉\"\n";
        Assert.Empty(Plans.Analyze(plan).Diagnostics);
        Assert.Single(Plans.Analyze(plan + "\nchannel re\u0301seau\n").Diagnostics, d => d.Rule == "duplicate-definition");
    }

    [Fact]
    public void Ids_that_differ_only_invisibly_are_shown_with_their_code_points()
    {
        // The reference's "е" is Cyrillic (U+0435).
        var plan = "channel reseau\n\npost soldes\n  on r\u0435seau\n  at 2027-03-10 09:30\n  text \"Soldes\"\n";
        var diagnostic = Assert.Single(Plans.Analyze(plan).Diagnostics);
        Assert.Equal(
            "No channel 'r\u0435seau' is declared. Did you mean 'reseau'? They look the same but differ: 'r\u0435seau' is U+0072 U+0435 U+0073 U+0065 U+0061 U+0075; 'reseau' is U+0072 U+0065 U+0073 U+0065 U+0061 U+0075.",
            diagnostic.Message);
        Assert.False(Assert.Single(diagnostic.Fixes).IsSafe);
    }

    [Fact]
    public void A_runaway_post_id_is_never_echoed_whole()
    {
        var id = new string('x', 5_000_000);
        var result = Plans.Analyze("post " + id + "\n");
        Assert.Equal(["missing-property", "missing-property", "missing-property"], result.Diagnostics.Select(d => d.Rule));
        Assert.All(result.Diagnostics, d => Assert.StartsWith($"post '{new string('x', 80)}…' has no '", d.Message, StringComparison.Ordinal));
        Assert.All(result.Diagnostics, d => Assert.True(d.Message.Length < 200));
    }

    [Fact]
    public void CET_is_a_zone_of_the_tzdb_and_is_accepted() =>
        Assert.Empty(Plans.Analyze(Zone("CET")).Diagnostics);
}
