namespace CmPlan.Analysis.Localization;

/// <summary>
/// The French templates, as a French editor writes: « » around what the user wrote or must write,
/// "publication" and "republication" for post and repost in prose (rule ids, keywords and property
/// names stay as the plan writes them). Typed with plain spaces: <see cref="Messages"/> sets the thin
/// no-break spaces before <c>: ; ! ?</c> and inside « ».
/// </summary>
internal static class FrenchTemplates
{
    public static string? Of(MessageId id) => id switch
    {
        MessageId.DidYouMean => " Vouliez-vous dire « {suggestion} » ?",
        MessageId.ReplaceWith => "Remplacer par « {suggestion} »",
        MessageId.WriteText => "Écrire « {text} »",
        MessageId.IndentWithSpaces => "Indenter avec des espaces",
        MessageId.BlockNamed => "{keyword} « {name} »",

        MessageId.UnknownProperty => "« {key} » n'est pas une propriété d'un bloc {keyword}.",
        MessageId.KnownProperties => " Propriétés connues : {known}.",
        MessageId.DuplicateProperty => "« {key} » est déjà défini ligne {line} : un bloc n'a qu'un seul « {key} ».",
        MessageId.MissingProperty => "Le bloc {block} n'a pas de « {key} » : ajoutez une ligne comme « {example} ».",
        MessageId.MissingQueueStart => "Le bloc {block} n'a pas de « start », le plan non plus : ajoutez « start 2027-03-01 » à la file ou au plan.",
        MessageId.DuplicateDefinition => "Le bloc {keyword} « {id} » est déjà défini ligne {line} : les identifiants doivent être uniques.",
        MessageId.DuplicateSingleton => "Un fichier a au plus un bloc {keyword} ; le premier est ligne {line}.",
        MessageId.UnknownReference => "Aucun bloc {keyword} « {id} » n'est déclaré.",
        MessageId.LookAlike => " Ils se ressemblent mais diffèrent : « {id} » s'écrit {idPoints} ; « {declared} » s'écrit {declaredPoints}.",
        MessageId.ConflictingSchedule => "Cette publication fait partie de la file « {queue} », qui fixe ses canaux et ses heures : retirez « {key} », ou retirez « queue ».",
        MessageId.UnknownRule => "Aucune règle ne s'appelle « {id} ».",
        MessageId.UnknownRuleListed => " « cmplan rules » les liste toutes.",
        MessageId.StructuralRule => "« {id} » est une règle structurelle : c'est toujours une erreur, elle ne se configure pas.",
        MessageId.MissingName => "Le bloc {keyword} a besoin d'un nom : écrivez-le comme « {example} ».",
        MessageId.PolicyTakesNoName => "Le bloc policy ne prend pas de nom : écrivez « policy » seul sur sa ligne.",
        MessageId.EmptyText => "« text » attend un texte entre guillemets sur sa ligne, ou un bloc de texte indenté en dessous.",
        MessageId.EmptyValue => "« {key} » attend une valeur.",
        MessageId.UnknownNetwork => "« {name} » n'est pas un réseau.",
        MessageId.KnownNetworks => " Réseaux possibles : x, twitter, instagram, linkedin, facebook, threads, bluesky, mastodon, tiktok, pinterest ou youtube.",
        MessageId.LimitAtLeastOne => "Une limite de texte vaut au moins 1.",
        MessageId.ScheduleTooLarge => "Le plan atteint la limite de {budget} publications du calendrier (chaque canal compte) en développant {what} : "
            + "ses publications suivantes, et tout ce qui est déclaré après, ne sont ni planifiés ni vérifiés. "
            + "Répétez moins souvent ou moins longtemps, ou découpez le plan en plusieurs fichiers.",
        MessageId.ScheduleTooLargePost => "la publication « {id} »",
        MessageId.ScheduleTooLargeQueue => "la file « {id} »",
        MessageId.UnusedSuppression => "Ce commentaire cmplan-ignore ne fait taire aucun diagnostic : aucun de ceux qu'il nomme ne commence là où il s'applique. Supprimez-le.",
        MessageId.DeleteUnusedSuppression => "Supprimer ce commentaire cmplan-ignore",

        MessageId.NoProblems => "Aucun problème dans {files}",
        MessageId.ProblemsSummary => "{problems} ({errors}, {warnings}, {infos}, {hints}) dans {files}",
        MessageId.ConfigurationLine => "Configuration : {names}",
        MessageId.ConfigurationsLine => "Configurations : {names}",
        MessageId.BuiltInDefaults => "aucune (réglages par défaut)",
        MessageId.FixesApplied => "{fixes} dans {files} ; {errors}",
        MessageId.FixesWouldApply => "{fixes} dans {files} ; {errors}",
        MessageId.FixesFailed => " ; {files}",
        MessageId.FilesUnreadable => "{files}",
        MessageId.TooManyWarnings => "trop d'avertissements ({warnings} ; --max-warnings vaut {max})",
        _ => null,
    };
}
