using CmPlan.Analysis;
using CmPlan.Analysis.Configuration;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Grammar.Text;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Gallery;

/// <summary>
/// The gallery analysed in French: a reviewed baseline per plan under <c>Golden/gallery-fr/</c>, and
/// no sentence of an English template in the French messages and fix titles.
/// </summary>
public class FrenchGalleryTests
{
    /// <summary>The rules whose messages and fixes come from the catalogue; the others still speak English.</summary>
    private static readonly HashSet<string> Converted = new(StringComparer.Ordinal)
    {
        RuleIds.UnknownProperty, RuleIds.DuplicateProperty, RuleIds.MissingProperty, RuleIds.DuplicateDefinition,
        RuleIds.UnknownReference, RuleIds.ConflictingSchedule, RuleIds.UnknownRule, RuleIds.UnusedSuppression,
        RuleIds.AfterExpiry, RuleIds.ExpiredContent, RuleIds.IneffectiveRepeat, RuleIds.QueueTooFrequent,
        RuleIds.RepostTooFrequent, RuleIds.SpanTooLong, RuleIds.TooManyRepeats, RuleIds.TruncatedSchedule,
        RuleIds.UnboundedRepost, RuleIds.DatedContent, RuleIds.DuplicateContent, RuleIds.SuppressionInText,
        RuleIds.TextTooLong, RuleIds.Whitespace, RuleIds.AmbiguousTime, RuleIds.AutomationRatio, RuleIds.NonexistentTime,
        RuleIds.OffSlot, RuleIds.OutsidePlan, RuleIds.PastPublication, RuleIds.SlotConflict, RuleIds.Syntax, RuleIds.InvalidValue,
        RuleIds.UnusedVariant, RuleIds.MissingMedia, RuleIds.TooManyMedia, RuleIds.MissingAlt, RuleIds.MediaNotFound, RuleIds.NotApproved,
    };

    private static string Folder => Path.Combine(Repo.Examples, "gallery");

    /// <summary>Media paths are looked up in the gallery's folder, as <c>cmplan check</c> does (media-not-found).</summary>
    private static AnalysisOptions English { get; } = AnalysisOptions.Default with
    {
        Clock = Plans.DefaultNow,
        MediaFiles = MediaFolder.ForPlan(Path.Combine(Folder, "media.cmplan")),
    };

    private static AnalysisOptions French { get; } = English with { Language = Language.French };

    private static IEnumerable<string> PlanNames() =>
        Directory.EnumerateFiles(Folder, "*.cmplan").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);

    public static TheoryData<string> Names() => [.. PlanNames()];

    private static SourceText Load(string name) => SourceText.FromBytes(File.ReadAllBytes(Path.Combine(Folder, name + ".cmplan")));

    /// <summary>Every run of English prose in the catalogue's English templates (between arguments) that French does not share.</summary>
    private static List<string> EnglishSentences() =>
        [.. Enum.GetValues<MessageId>()
            .SelectMany(id => Pieces(Messages.Template(Language.English, id)!)
                .Where(piece => !Messages.Template(Language.French, id)!.Contains(piece, StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)];

    /// <summary>The literal text between a template's arguments, trimmed, where it is long enough to be prose.</summary>
    private static IEnumerable<string> Pieces(string template) =>
        System.Text.RegularExpressions.Regex.Split(template, "\\{[^}]*\\}")
            .Select(piece => piece.Trim(' ', ',', '.', ':', ';', '(', ')', '\''))
            .Where(piece => piece.Length >= 12 && piece.Contains(' ', StringComparison.Ordinal));

    private static IEnumerable<string> Texts(Diagnostic diagnostic) =>
        [diagnostic.Message, .. diagnostic.Fixes.Select(f => f.Title), .. diagnostic.Related.Select(r => r.Message)];

    [Theory]
    [MemberData(nameof(Names))]
    public void French_diagnostics_match_the_baseline(string name)
    {
        var source = Load(name);
        Golden.Verify($"gallery-fr/{name}.diagnostics", DiagnosticsBaseline.Print(source, PlanAnalyzer.Analyze(source, French).Diagnostics));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void No_English_template_appears_in_French(string name)
    {
        var sentences = EnglishSentences();
        var french = PlanAnalyzer.Analyze(Load(name), French).Diagnostics;
        var leaks = french
            .Where(d => Converted.Contains(d.Rule))
            .SelectMany(d => Texts(d).SelectMany(text => sentences.Where(s => text.Contains(s, StringComparison.Ordinal)).Select(s => $"{d.Rule}: '{s}' in \"{text}\"")))
            .ToList();
        Assert.Empty(leaks);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Converted_rules_say_something_else_in_French(string name)
    {
        var source = Load(name);
        var english = PlanAnalyzer.Analyze(source, English).Diagnostics;
        var french = PlanAnalyzer.Analyze(source, French).Diagnostics;
        Assert.Equal(english.Select(d => (d.Rule, d.Span)), french.Select(d => (d.Rule, d.Span)));
        var same = english.Zip(french)
            .Where(pair => Converted.Contains(pair.First.Rule))
            .SelectMany(pair => Texts(pair.First).Zip(Texts(pair.Second)).Where(texts => texts.First == texts.Second).Select(texts => $"{pair.First.Rule}: {texts.First}"))
            .ToList();
        Assert.Empty(same);
    }

    [Fact]
    public void The_test_knows_the_English_templates()
    {
        var sentences = EnglishSentences();
        Assert.Contains("is after this content expires", sentences);
        Assert.DoesNotContain(sentences, s => s.Contains("9999-12-31 23:59 UTC", StringComparison.Ordinal) && s.Length < 25);
        Assert.Contains(sentences, s => "Delete the repeat: no repost comes before the expiry".Contains(s, StringComparison.Ordinal));
    }

    [Fact]
    public void The_gallery_triggers_every_converted_rule()
    {
        var triggered = PlanNames().SelectMany(name => PlanAnalyzer.Analyze(Load(name), French).Diagnostics.Select(d => d.Rule)).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(Converted.Except(triggered).Order(StringComparer.Ordinal));
    }
}
