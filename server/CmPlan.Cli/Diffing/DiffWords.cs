using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Schedule;

namespace CmPlan.Cli.Diffing;

/// <summary>
/// What the text and Markdown diffs count, in both languages (the French agrees with its count:
/// "1 publication ajoutée", "3 supprimées"), and the words they share. JSON keeps its English keys.
/// </summary>
public static class DiffWords
{
    public static Noun Plan { get; } = new("plan", "plan");

    public static Noun PlanCompared { get; } = new("plan", "plan comparé", "plans", "plans comparés");

    public static Noun MorePlan { get; } = new("more plan", "autre plan non montré", "more plans", "autres plans non montrés");

    public static Noun PublicationAdded { get; } = new("publication added", "publication ajoutée", "publications added", "publications ajoutées");

    public static Noun Added { get; } = new("added", "ajoutée", "added", "ajoutées");

    public static Noun Removed { get; } = new("removed", "supprimée", "removed", "supprimées");

    public static Noun Moved { get; } = new("moved", "déplacée", "moved", "déplacées");

    public static Noun ProblemIntroduced { get; } = new("problem introduced", "problème apparu", "problems introduced", "problèmes apparus");

    public static Noun Resolved { get; } = new("resolved", "résolu", "resolved", "résolus");

    public static Noun ErrorIntroduced { get; } = new("error introduced", "nouvelle erreur", "errors introduced", "nouvelles erreurs");

    public static Noun WarningIntroduced { get; } = new("warning introduced", "nouvel avertissement", "warnings introduced", "nouveaux avertissements");

    public static Noun MoreWeek { get; } = new("more week", "autre semaine non montrée", "more weeks", "autres semaines non montrées");

    public static Noun Change { get; } = new("change", "changement");

    /// <summary>"first publication" or "repost 3".</summary>
    public static string Which(Publication publication, Words words) =>
        publication.IsRepost ? words.Say(MessageId.DiffRepost, ("number", words.Number(publication.Repost))) : words.Say(MessageId.DiffFirstPublication);

    /// <summary>"modified", or "renamed from old.cmplan" (the path as the output shows it).</summary>
    public static string Status(DiffedFile file, string oldPath, Words words) => file.Status switch
    {
        FileStatus.Renamed => words.Say(MessageId.DiffRenamedFrom, ("path", oldPath)),
        FileStatus.Added => words.Say(MessageId.DiffStatusAdded),
        FileStatus.Deleted => words.Say(MessageId.DiffStatusDeleted),
        _ => words.Say(MessageId.DiffStatusModified),
    };

    /// <summary>"3 publications added, 1 removed, 0 moved; 2 problems introduced, 0 resolved", the pieces of a summary.</summary>
    public static (string Added, string Removed, string Moved, string Introduced, string Resolved) Counts(DiffSummary summary, Words words) =>
        (words.Count(summary.Added, PublicationAdded), words.Count(summary.Removed, Removed), words.Count(summary.Moved, Moved),
            words.Count(summary.Introduced, ProblemIntroduced), words.Count(summary.Resolved, Resolved));
}
