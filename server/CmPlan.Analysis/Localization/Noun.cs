namespace CmPlan.Analysis.Localization;

/// <summary>
/// A counted noun in both languages, singular and plural ("1 file", "3 files"; "1 fichier", "3 fichiers").
/// A plural left out is the singular with an "s". French counts 0 and 1 in the singular, English only 1.
/// </summary>
public sealed record Noun(string English, string French, string? EnglishPlural = null, string? FrenchPlural = null)
{
    public static Noun File { get; } = new("file", "fichier");

    public static Noun Problem { get; } = new("problem", "problème");

    public static Noun Error { get; } = new("error", "erreur");

    public static Noun Warning { get; } = new("warning", "avertissement");

    public static Noun Info { get; } = new("info", "information");

    public static Noun Hint { get; } = new("hint", "suggestion");

    public static Noun FixApplied { get; } = new("fix", "correction appliquée", "fixes", "corrections appliquées");

    public static Noun FixToApply { get; } = new("fix", "correction à appliquer", "fixes", "corrections à appliquer");

    public static Noun ErrorRemains { get; } = new("error remains", "erreur reste", "errors remain", "erreurs restent");

    public static Noun FileNotFixed { get; } = new("file", "fichier n'a pas pu être corrigé", "files", "fichiers n'ont pas pu être corrigés");

    public static Noun Time { get; } = new("time", "fois", "times", "fois");

    public static Noun Repost { get; } = new("repost", "republication");

    public static Noun Item { get; } = new("item", "élément");

    public static Noun OtherItem { get; } = new("other item", "autre élément", "other items", "autres éléments");

    public static Noun Slot { get; } = new("slot", "créneau", "slots", "créneaux");

    public static Noun Publication { get; } = new("publication", "publication");

    public static Noun Character { get; } = new("character", "caractère");

    /// <summary>"5 media" / "5 médias": images and videos attached to a post (1.2).</summary>
    public static Noun Media { get; } = new("media", "média", "media", "médias");

    public static Noun Blank { get; } = new("blank", "blanc");

    public static Noun Week { get; } = new("week", "semaine");

    public static Noun MoreTime { get; } = new("more time", "fois de plus", "more times", "fois de plus");

    public static Noun Minute { get; } = new("minute", "minute");

    public static Noun Hour { get; } = new("hour", "heure");

    public static Noun Day { get; } = new("day", "jour");

    public static Noun Month { get; } = new("month", "mois", "months", "mois");

    public static Noun Year { get; } = new("year", "an");

    public static Noun MorePublication { get; } = new("more publication", "autre publication", "more publications", "autres publications");

    public static Noun FurtherPass { get; } = new("further pass", "tour supplémentaire", "further passes", "tours supplémentaires");

    public static Noun FileWouldReformat { get; } = new("file", "fichier serait reformaté", "files", "fichiers seraient reformatés");

    public static Noun FileReformatted { get; } = new("file", "fichier reformaté", "files", "fichiers reformatés");

    public static Noun FileAlreadyFormatted { get; } = new("file", "fichier déjà en forme", "files", "fichiers déjà en forme");

    public static Noun FileUnchanged { get; } = new("file", "fichier inchangé", "files", "fichiers inchangés");

    public static Noun FileNotFormatted { get; } = new("file", "fichier non mis en forme", "files", "fichiers non mis en forme");

    public static Noun Space { get; } = new("space", "espace");

    public static Noun MoreFile { get; } = new("more file", "autre fichier", "more files", "autres fichiers");

    /// <summary>"100,000 files and folders" / "100 000 fichiers et dossiers": what a folder walk looks at.</summary>
    public static Noun FileOrFolder { get; } = new("file and folder", "fichier et dossier", "files and folders", "fichiers et dossiers");

    public static Noun Plan { get; } = new("plan", "plan");

    public static Noun PlanRead { get; } = new("plan read", "plan lu", "plans read", "plans lus");

    public static Noun Post { get; } = new("post", "publication");

    public static Noun Row { get; } = new("row", "ligne");

    public static Noun AltText { get; } = new("alt text", "texte alternatif", "alt texts", "textes alternatifs");

    public static Noun LocalMediaFile { get; } = new("local media file", "fichier média local", "local media files", "fichiers médias locaux");

    public static Noun FileUnreadable { get; } = new("file", "fichier n'a pas pu être lu", "files", "fichiers n'ont pas pu être lus");
}
