namespace CmPlan.Bench.Generation;

/// <summary>
/// Post texts in French, as a bike shop's community manager would write them: accents, emoji,
/// hashtags, mentions, a date in words. No year and no full date, so <c>dated-content</c> fires
/// only where the generator asks for it.
/// </summary>
internal sealed class FrenchText(Random random)
{
    private static readonly string[] Openers =
    [
        "Nouveau sur le blog :", "Le saviez-vous ?", "C'est parti !", "Petit rappel :", "Coup de cœur de la semaine :",
        "Question du jour :", "En coulisses :", "Bonne nouvelle !", "On vous dit tout :", "Ça bouge à l'atelier :",
    ];

    private static readonly string[] Subjects =
    [
        "notre atelier de Gerland", "le vélo cargo Fourvière", "la révision complète", "les pneus d'hiver",
        "l'éclairage à LED", "les sacoches étanches", "la location longue durée", "le marquage Bicycode",
        "les trajets domicile-travail", "la balade du dimanche", "le contrôle des freins", "notre équipe de mécanos",
    ];

    private static readonly string[] Middles =
    [
        "ouvre ses portes", "passe à l'électrique", "revient en boutique", "est à -15 %", "vous attend",
        "a fait peau neuve", "s'invite à la Croix-Rousse", "se réinvente", "fait son grand retour",
    ];

    private static readonly string[] Closers =
    [
        "On vous attend ☕", "Réservez vite 🚲", "Dites-nous tout en commentaire 💬", "À très vite ✨",
        "Merci pour votre fidélité 🙏", "Partagez autour de vous 🔁", "Bonne route ☀️", "Places limitées 🎟️",
    ];

    private static readonly string[] Places =
    [
        "12 rue de Gerland", "place des Terreaux", "quai Rambaud", "parc de la Tête d'Or", "halle Tony-Garnier",
    ];

    private static readonly string[] Hashtags =
    [
        "#VéloTaf", "#Lyon", "#VéloCargo", "#MobilitéDouce", "#Gerland", "#CroixRousse", "#ÉcoMobilité",
        "#MaiÀVélo", "#Atelier", "#Réparation", "#LyonàVélo",
    ];

    private static readonly string[] Mentions = ["@cyclessaone", "@LyonVelo", "@Metropole_Lyon", "@la_ruche_gerland", "@Clément_Durand"];

    private static readonly string[] Emoji = ["🚲", "🔧", "🌷", "💡", "🎁", "📍", "👉", "✨", "🥐", "👨‍👩‍👧"];

    private static readonly string[] Days = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

    private static readonly string[] Months =
    [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ];

    /// <summary>One line, short enough for X (under 200 weighted characters).</summary>
    public string OneLine(DateTime at)
    {
        var mention = random.Next(10) < 3 ? $" avec {Pick(Mentions)}" : "";
        return $"{Pick(Openers)} {Pick(Subjects)} {Pick(Middles)}{mention}, {When(at)}. {Pick(Closers)} {Pick(Hashtags)}";
    }

    /// <summary>A few lines, sometimes with a paragraph break, ending with hashtags.</summary>
    public string MultiLine(DateTime at)
    {
        List<string> lines =
        [
            $"{Pick(Emoji)} {Pick(Openers)} {Pick(Subjects)} {Pick(Middles)} !",
            $"Rendez-vous {When(at)}, {Pick(Places)}.",
        ];
        if (random.Next(2) == 0)
        {
            lines.Add("");
            lines.Add($"{Pick(Closers)} Merci à {Pick(Mentions)} pour le coup de main.");
        }

        lines.Add(string.Join(' ', Enumerable.Range(0, 2 + random.Next(2)).Select(_ => Pick(Hashtags)).Distinct()));
        return string.Join('\n', lines);
    }

    /// <summary>
    /// A one-line offer that ends on its first publication's day: reposted, it goes stale
    /// (<c>dated-content</c> without <c>expires</c>; a past year alone is history, contract §5).
    /// </summary>
    public string WithDate(DateTime at) => $"Offre valable jusqu'au {Date(at)} : {Pick(Subjects)} {Pick(Middles)}. {Pick(Closers)}";

    /// <summary>Four sentences in one line: over X's 280.</summary>
    public string TooLongForX(DateTime at) => string.Join(' ', Enumerable.Range(0, 4).Select(_ => OneLine(at)));

    /// <summary>An evergreen tip for a queue, numbered so that no two items read the same.</summary>
    public string Tip(int number) => $"Astuce n°{number} : {Pick(Subjects)}, on en parle ? {Pick(Closers)} {Pick(Hashtags)}";

    /// <summary>The weekday and hour, no date: a text that is reposted stays true (a date in it would go stale).</summary>
    private static string When(DateTime at) =>
        $"{Days[((int)at.DayOfWeek + 6) % 7]} à {at.Hour}h{(at.Minute == 0 ? "" : at.Minute.ToString("00", System.Globalization.CultureInfo.InvariantCulture))}";

    private static string Date(DateTime at) => $"{at.Day} {Months[at.Month - 1]} {at.Year}";

    private string Pick(string[] pool) => pool[random.Next(pool.Length)];
}
