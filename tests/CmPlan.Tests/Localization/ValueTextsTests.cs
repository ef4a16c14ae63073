using CmPlan.Analysis;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;
using CmPlan.Grammar.Values.Reading;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Localization;

/// <summary>
/// <c>invalid-value</c> messages are worded by the analysis from the grammar's <see cref="ValueProblem"/>:
/// in English as before, in French from the catalogue, the typos users make most.
/// </summary>
public class ValueTextsTests
{
    private const string Thin = "\u202F";

    private const string Typos = """
        plan Printemps 2027
          timezone UTC+1
          start 2027-02-30

        policy
          max-automated 150%
          min-interval 1m
          rule whitespace loud

        channel x
          network x

        queue evergreen
          on x
          slots lundi 9h
          recycle times 2 times 3

        post soldes-été
          on x
          at 10/03/2027 9h30
          text “Soldes d'été ☀️”
          link https://exemple.fr/soldes été
          expires 2027-03-10 25:00

        """;

    private static List<string> InvalidValues(string plan, Language language) =>
        [.. PlanAnalyzer.Analyze(plan, AnalysisOptions.Default with { Clock = Plans.DefaultNow, Language = language })
            .Diagnostics.Where(d => d.Rule == RuleIds.InvalidValue).Select(d => d.Message)];

    [Fact]
    public void Typos_are_explained_in_French()
    {
        Assert.Equal(
            [
                $"«{Thin}plan{Thin}» attend un texte entre guillemets, comme \"Bonjour !\", pas «{Thin}Printemps 2027{Thin}». Mettez le texte entre guillemets droits. Écrivez «{Thin}\"Printemps 2027\"{Thin}».",
                $"«{Thin}UTC+1{Thin}» est un décalage, pas un fuseau horaire{Thin}: écrivez le fuseau d'une ville dont le plan suit l'heure, comme Europe/Paris, qui suit aussi l'heure d'été{Thin}; un décalage fixe s'écrit Etc/GMT-1 (le signe est inversé).",
                $"2027-02-30 n'existe pas{Thin}: février 2027 a 28 jours.",
                $"«{Thin}150%{Thin}» n'est pas un pourcentage{Thin}: il va de 0{Thin}% à 100{Thin}%.",
                $"«{Thin}min-interval{Thin}» attend une durée, comme 7d (un nombre suivi de min, h, d, w ou mo), pas «{Thin}1m{Thin}». «{Thin}1m{Thin}» peut être 1min (minutes) ou 1mo (mois){Thin}: écrivez celui que vous voulez dire.",
                $"«{Thin}loud{Thin}» n'est pas une sévérité{Thin}: utilisez error, warning, info, hint ou off.",
                $"«{Thin}slots{Thin}» attend des jours et des heures, comme weekdays 09:00 12:30 ou mon, thu 18:00, pas «{Thin}lundi 9h{Thin}». Écrivez «{Thin}mon 09:00{Thin}».",
                $"«{Thin}times{Thin}» apparaît deux fois{Thin}: gardez-en un.",
                $"«{Thin}at{Thin}» attend une date et une heure, comme 2027-03-02 09:00, pas «{Thin}10/03/2027 9h30{Thin}». Écrivez «{Thin}2027-03-10 09:30{Thin}». Le jour vient d'abord, à la française{Thin}: 10 mars, et non 3 octobre (les deux nombres valent 12 au plus).",
                $"«{Thin}text{Thin}» attend un texte entre guillemets, comme \"Bonjour !\", pas «{Thin}“Soldes d'été ☀️”{Thin}». Les guillemets autour d'un texte sont droits{Thin}: \". Écrivez «{Thin}\"Soldes d'été ☀️\"{Thin}».",
                $"«{Thin}link{Thin}» attend une adresse web, et «{Thin}https://exemple.fr/soldes{Thin}» est suivi d'un blanc, U+0020{Thin}: une adresse web n'a ni blanc ni caractère de contrôle (une espace s'écrit %20).",
                $"25:00 n'est pas une heure{Thin}: les heures vont de 00:00 à 23:59.",
            ],
            InvalidValues(Typos, Language.French));
    }

    [Fact]
    public void English_says_what_it_always_said()
    {
        Assert.Equal(
            [
                "'plan' expects a quoted text, like \"Bonjour !\", not 'Printemps 2027'. Put the text between straight quotes. Write '\"Printemps 2027\"'.",
                "'UTC+1' is an offset, not a time zone: write the zone of a city whose clocks the plan follows, like Europe/Paris, which also follows summer time; a fixed offset is written Etc/GMT-1 (the sign is inverted).",
                "2027-02-30 is not a real date: February 2027 has 28 days.",
                "150% is not a percent: it goes from 0% to 100%.",
                "'min-interval' expects a duration, like 7d (a number and min, h, d, w or mo), not '1m'. '1m' could be 1min (minutes) or 1mo (months): write the one you mean.",
                "'loud' is not a severity: use error, warning, info, hint or off.",
                "'slots' expects days and times, like weekdays 09:00 12:30 or mon, thu 18:00, not 'lundi 9h'. Write 'mon 09:00'.",
                "'times' appears twice: keep one.",
                "'at' expects a date and time, like 2027-03-02 09:00, not '10/03/2027 9h30'. Write '2027-03-10 09:30'. Read day first, as in French: 10 March, not 3 October (both numbers are 12 or less).",
                "'text' expects a quoted text, like \"Bonjour !\", not '“Soldes d'été ☀️”'. Quotes around a text are straight: \". Write '\"Soldes d'été ☀️\"'.",
                "'link' expects a web address, and 'https://exemple.fr/soldes' is followed by a blank, U+0020: a web address has neither (write a space as %20).",
                "25:00 is not a time: times go from 00:00 to 23:59.",
            ],
            InvalidValues(Typos, Language.English));
    }

    [Fact]
    public void The_fix_of_a_French_message_is_titled_in_French()
    {
        var plan = "channel x\n\npost a\n  on x\n  at 2027-03-02 9h\n  text \"Bonjour !\"\n";
        var result = PlanAnalyzer.Analyze(plan, AnalysisOptions.Default with { Clock = Plans.DefaultNow, Language = Language.French });
        var fix = Assert.Single(Assert.Single(result.Diagnostics, d => d.Rule == RuleIds.InvalidValue).Fixes);
        Assert.Equal($"Écrire «{Thin}2027-03-02 09:00{Thin}»", fix.Title);
    }

    /// <summary>One value per kind of problem and per form, read by the grammar as the binders read them.</summary>
    private static IEnumerable<ValueError> Errors()
    {
        static SyntaxToken Token(string text) => new(text, new TextSpan(0, text.Length));
        static ValueError Error<T>(Func<string, SyntaxToken, ValueResult<T>> read, string text) =>
            read("key", Token(text)).Error ?? throw new InvalidOperationException($"'{text}' reads");

        yield return Error(ValueReader.Int, "dix");
        yield return Error(ValueReader.Int, "99999999999");
        yield return Error(ValueReader.Percent, "50");
        yield return Error(ValueReader.Percent, "150%");
        yield return Error(ValueReader.Date, "demain");
        yield return Error(ValueReader.Date, "2027-13-01");
        yield return Error(ValueReader.Date, "2028-02-30");
        yield return Error(ValueReader.DateTime, "2027-03-02 24:00");
        yield return Error(ValueReader.DateTime, "02/03/2027 09:00");
        yield return Error(ValueReader.DateOrDateTime, "mardi");
        yield return Error(ValueReader.Duration, "1m");
        yield return Error(ValueReader.Duration, "0d");
        yield return Error(ValueReader.Duration, "9999999min");
        yield return Error(ValueReader.Ident, "#tag");
        yield return Error(ValueReader.IdList, "x; insta");
        yield return Error(ValueReader.QuotedString, "\"sans fin");
        yield return Error(ValueReader.QuotedString, "\"a \\q b\"");
        yield return Error(ValueReader.QuotedString, "«Bonjour»");
        yield return Error(ValueReader.QuotedString, "\"Il dit \"oui\"\"");
        yield return Error(ValueReader.QuotedString, "Bonjour");
        yield return Error(ValueReader.Url, "exemple.fr");
        yield return Error(ValueReader.Url, "https://exemple.fr/\u0007");
        yield return Error(ValueReader.Url, "https://exemple.fr/a b");
        yield return Error(ValueReader.Severity, "fort");
        yield return Error(ValueReader.Severity, "42");
        yield return Error(ValueReader.Rule, "whitespace");
        yield return Error(ValueReader.Slots, "lundi");
        yield return Error(ValueReader.Repeat, "chaque semaine");
        yield return Error(ValueReader.Recycle, "toujours");
        yield return Error(ValueReader.Recycle, "until 2027-04-30 until 2027-05-30");
        yield return Error(ValueReader.TimeZone, "Paris Europe");
        yield return Error(ValueReader.TimeZone, "UTC+5:30");
        yield return Error(ValueReader.TimeZone, "CEST");
        yield return Error(ValueReader.TimeZone, "Europe/Pariss");
        yield return Error(ValueReader.TimeZone, "Atlantide/Capitale");
    }

    private static IEnumerable<ValueProblem> Sentences(ValueProblem problem) => [problem, .. problem.Then.SelectMany(Sentences)];

    [Fact]
    public void Every_kind_and_form_is_met_and_each_reads_differently_in_French()
    {
        var problems = Errors().Select(e => e.Problem).ToList();
        var sentences = problems.SelectMany(Sentences).ToList();
        Assert.Equal(Enum.GetValues<ValueProblemKind>().Order(), sentences.Select(p => p.Kind).Distinct().Order());
        Assert.Equal(Enum.GetValues<ValueForm>().Order(), sentences.Where(p => p.Kind == ValueProblemKind.NotOfForm).Select(p => p.Form).Distinct().Order());
        Assert.All(sentences, p => Assert.NotEqual(ValueTexts.Of(p with { Then = [] }, Words.English), ValueTexts.Of(p with { Then = [] }, Words.French)));
        Assert.All(problems, p => Assert.DoesNotContain("{", ValueTexts.Of(p, Words.French), StringComparison.Ordinal));
    }
}
