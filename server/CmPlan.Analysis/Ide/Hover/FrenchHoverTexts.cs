using System.Collections.Frozen;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Grammar.Syntax;

namespace CmPlan.Analysis.Ide.Hover;

/// <summary>
/// The hover texts of <see cref="HoverTexts"/> in French, for the same keywords and keys (a test checks
/// that none is missing); the examples are plan text and stay as <see cref="HoverTexts"/> writes them.
/// </summary>
internal static class FrenchHoverTexts
{
    public static FrozenDictionary<BlockKind, string> Blocks { get; } = Typeset(new Dictionary<BlockKind, string>
    {
        [BlockKind.Plan] = "Le nom du plan, son fuseau horaire et ses dates. Au plus un par fichier ; sans lui, le plan est en UTC, sans début ni fin.",
        [BlockKind.Policy] = "Les limites que vérifient les règles, et la sévérité des règles. Au plus un par fichier ; il l'emporte sur cmplan.json.",
        [BlockKind.Channel] = "Un compte sur un réseau où le plan publie : son réseau, sa limite de texte et ses créneaux habituels.",
        [BlockKind.Queue] = "Une file de contenus intemporels : ses éléments (les publications qui la nomment) remplissent ses créneaux à tour de rôle.",
        [BlockKind.Post] = "Un contenu : où et quand il est publié, à quelle fréquence il revient, et son texte.",
    });

    public static FrozenDictionary<(BlockKind Block, string Key), string> Properties { get; } = Typeset(new Dictionary<(BlockKind, string), string>
    {
        [(BlockKind.Plan, "timezone")] = "Le fuseau horaire dans lequel se lisent toutes les dates et heures du plan (un identifiant IANA). Par défaut : UTC.",
        [(BlockKind.Plan, "start")] = "Le premier jour du plan (dès 00:00). Les files sans début propre commencent ici.",
        [(BlockKind.Plan, "end")] = "Le dernier jour du plan (inclus). Rien n'est publié après.",
        [(BlockKind.Policy, "min-interval")] = "Le délai minimal entre deux publications d'un même contenu sur un canal. Par défaut : 7d.",
        [(BlockKind.Policy, "max-repeats")] = "Le nombre maximal de republications d'un contenu. Par défaut : 10.",
        [(BlockKind.Policy, "max-span")] = "La durée maximale entre la première et la dernière publication d'un contenu. Par défaut : 90d.",
        [(BlockKind.Policy, "max-automated")] = "La part maximale de republications parmi les publications d'un canal sur une semaine ISO. Par défaut : 50%.",
        [(BlockKind.Policy, "min-gap")] = "Le délai minimal entre deux publications sur un canal. Par défaut : 10min.",
        [(BlockKind.Policy, "approval-lead")] = "Combien de temps avant sa première publication un contenu qui a un status doit être approuvé (not-approved). Par défaut : 2d.",
        [(BlockKind.Policy, "rule")] = "Change la sévérité d'une règle (error, warning, info, hint) ou la désactive. Répétable.",
        [(BlockKind.Channel, "network")] = "Le réseau de ce compte ; il fixe la limite de texte et la façon de compter la longueur. Par défaut : l'identifiant du canal, s'il nomme un réseau.",
        [(BlockKind.Channel, "limit")] = "La limite de texte, à la place de celle du réseau.",
        [(BlockKind.Channel, "slots")] = "Les heures de publication habituelles de ce canal : des jours, puis des heures. Répétable. Utilisé par off-slot et par la complétion.",
        [(BlockKind.Channel, "max-media")] = "Le nombre maximal de médias par publication, à la place de celui du réseau (x, bluesky, mastodon 4 ; instagram 20).",
        [(BlockKind.Queue, "on")] = "Les canaux où publie la file. Obligatoire.",
        [(BlockKind.Queue, "slots")] = "Quand la file publie : des jours, puis des heures ; chaque créneau prend l'élément suivant. Répétable, au moins un obligatoire.",
        [(BlockKind.Queue, "start")] = "Quand la file commence à remplir ses créneaux. Par défaut : le début du plan.",
        [(BlockKind.Queue, "recycle")] = "Recommencer une fois tous les éléments publiés : jusqu'à une date, pour un nombre de tours supplémentaires, ou les deux. Sans lui, chaque élément part une fois.",
        [(BlockKind.Post, "on")] = "Les canaux où part cette publication. Obligatoire, sauf pour un élément de file.",
        [(BlockKind.Post, "at")] = "La première publication, dans le fuseau horaire du plan. Obligatoire, sauf pour un élément de file.",
        [(BlockKind.Post, "queue")] = "Fait de cette publication un élément d'une file, qui lui donne ses canaux et ses heures.",
        [(BlockKind.Post, "repeat")] = "Les republications après la première publication : tous les tant de temps, pour un nombre de republications (times) et/ou jusqu'à une date ; la borne la plus proche l'emporte.",
        [(BlockKind.Post, "expires")] = "Le contenu n'est plus valable après cette date (fin de journée) ou cette date et heure. Une file saute les éléments expirés.",
        [(BlockKind.Post, "text")] = "Le texte de la publication : une chaîne entre guillemets, ou un bloc de texte sur les lignes suivantes, plus indenté. Précédé d'identifiants de canaux, c'est une variante : le texte de ces canaux à la place du texte commun.",
        [(BlockKind.Post, "link")] = "Une adresse web publiée avec le texte ; elle compte comme si elle suivait le texte après une espace.",
        [(BlockKind.Post, "media")] = "Une image ou une vidéo publiée avec chaque publication du contenu : un chemin depuis le dossier du plan ou une adresse web, puis sa description pour les lecteurs d'écran (alt). Répétable, dans l'ordre.",
        [(BlockKind.Post, "status")] = "Où en est le contenu dans la validation de l'équipe : draft (brouillon), review (en relecture) ou approved (approuvé). Sans lui, l'équipe ne passe pas par une validation.",
        [(BlockKind.Post, "tags")] = "Des étiquettes pour votre propre usage ; de simples métadonnées.",
    });

    private static FrozenDictionary<TKey, string> Typeset<TKey>(Dictionary<TKey, string> texts)
        where TKey : notnull =>
        texts.ToFrozenDictionary(t => t.Key, t => FrenchText.Typeset(t.Value));
}
