using System.Collections.Frozen;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Rules.Support;

namespace CmPlan.Analysis.Localization;

/// <summary>
/// A rule's title and summary in a language: the descriptor's own (English), or French from this table.
/// A rule the table lacks (one added since) speaks English until it is given a French title and summary.
/// </summary>
public static class RuleTexts
{
    private static readonly FrozenDictionary<string, (string Title, string Summary)> French = new Dictionary<string, (string, string)>
    {
        [RuleIds.Syntax] = ("Erreur de syntaxe", "Une ligne ne se lit ni comme un en-tête de bloc ni comme une propriété."),
        [RuleIds.UnknownProperty] = ("Propriété inconnue", "Un bloc a une propriété que le langage ne lui définit pas."),
        [RuleIds.MissingProperty] = ("Propriété manquante", "Il manque à un bloc une propriété obligatoire."),
        [RuleIds.DuplicateProperty] = ("Propriété en double", "Une propriété qui ne peut figurer qu'une fois figure deux fois."),
        [RuleIds.InvalidValue] = ("Valeur invalide", "La valeur d'une propriété n'a pas la forme attendue, ou n'est pas valable."),
        [RuleIds.UnknownReference] = ("Référence inconnue", "Un on ou un queue nomme un canal ou une file qui n'est pas déclaré."),
        [RuleIds.DuplicateDefinition] = ("Définition en double", "Deux blocs du même type ont le même identifiant, ou un fichier a deux blocs plan ou policy."),
        [RuleIds.ConflictingSchedule] = ("Programmation contradictoire", "Un élément de file a aussi on, at ou repeat."),
        [RuleIds.UnknownRule] = ("Règle inconnue", "Un réglage de règle ou un commentaire cmplan-ignore ne nomme aucune règle."),
        [RuleIds.ScheduleTooLarge] = ("Calendrier trop grand", "Le plan donne plus de publications que la limite de 1 000 000 ; le reste n'est pas développé."),
        [RuleIds.UnboundedRepost] = ("Republication sans fin", "Un repeat ou un recycle de file n'a ni times ni until : il ne s'arrête jamais."),
        [RuleIds.AfterExpiry] = ("Publication après expiration", "Une publication est programmée après la date d'expiration de son contenu."),
        [RuleIds.ExpiredContent] = ("Contenu expiré", "Une publication ou un élément de file a expiré avant maintenant."),
        [RuleIds.DatedContent] = ("Contenu daté sans expiration", "Le texte mentionne une date, part encore après elle, et n'a pas d'expires."),
        [RuleIds.RepostTooFrequent] = ("Republication trop fréquente", "Un repeat revient plus souvent que le min-interval de la politique."),
        [RuleIds.QueueTooFrequent] = ("File recyclée trop vite", "Une file publie deux fois le même élément à moins de min-interval d'écart."),
        [RuleIds.TooManyRepeats] = ("Trop de republications", "Un contenu est republié plus que le max-repeats de la politique."),
        [RuleIds.SpanTooLong] = ("Republié trop longtemps", "La première et la dernière publication d'un contenu sont plus éloignées que max-span."),
        [RuleIds.IneffectiveRepeat] = ("Repeat sans republication", "Un repeat ne donne aucune republication : times 0, ou until, la fin du plan ou l'horizon avant la première republication."),
        [RuleIds.TruncatedSchedule] = ("Calendrier écourté", "Des publications que permettent times, until ou recycle sont coupées par la fin du plan, l'horizon ou la fin du calendrier."),
        [RuleIds.TextTooLong] = ("Texte trop long pour le canal", "Le texte d'une publication dépasse la limite d'un canal."),
        [RuleIds.DuplicateContent] = ("Contenu en double", "Deux publications au même texte partent sur un même canal à moins de min-interval d'écart."),
        [RuleIds.SlotConflict] = ("Conflit de créneau", "Deux publications sur un même canal sont à moins de min-gap d'écart."),
        [RuleIds.AutomationRatio] = ("Trop d'automatisation", "Sur une semaine, les republications dépassent le max-automated des publications d'un canal."),
        [RuleIds.NonexistentTime] = ("Heure locale inexistante", "Une date et heure tombe dans le saut du passage à l'heure d'été et n'existe pas."),
        [RuleIds.AmbiguousTime] = ("Heure locale ambiguë", "Une date et heure tombe dans le recul du passage à l'heure d'hiver et arrive deux fois."),
        [RuleIds.OutsidePlan] = ("Hors du plan", "La première publication d'un contenu est avant le début du plan ou après sa fin."),
        [RuleIds.PastPublication] = ("Publication passée", "La première publication d'un contenu est déjà dans le passé."),
        [RuleIds.OffSlot] = ("Hors créneau", "Une publication n'est pas à l'une des heures habituelles de son canal."),
        [RuleIds.Whitespace] = ("Blancs en trop", "Une ligne du texte d'une publication a des blancs en fin de ligne ou doublés."),
        [RuleIds.UnusedVariant] = ("Variante de texte inutilisée", "Une variante de texte ne nomme que des canaux où la publication ne part pas."),
        [RuleIds.MissingMedia] = ("Média manquant", "Une publication part sur un réseau qui ne publie rien sans image ni vidéo (une vidéo sur YouTube), et n'en a pas."),
        [RuleIds.TooManyMedia] = ("Trop de médias", "Une publication porte plus de médias qu'un canal n'en accepte."),
        [RuleIds.MissingAlt] = ("Image sans texte alternatif", "Une image n'a pas de description pour les lecteurs d'écran."),
        [RuleIds.MediaNotFound] = ("Fichier média introuvable", "Un chemin de média ne désigne aucun fichier à côté du plan."),
        [RuleIds.NotApproved] = ("Pas approuvé à temps", "Un contenu n'est pas approuvé et sa première publication est plus proche que le délai approval-lead."),
        [RuleIds.UnusedSuppression] = ("Suppression inutile", "Un commentaire cmplan-ignore ne fait taire aucun diagnostic."),
        [RuleIds.SuppressionInText] = ("Suppression dans un texte", "Une ligne d'un bloc de texte ressemble à un commentaire cmplan-ignore : elle est publiée comme texte et ne fait rien taire."),
    }.ToFrozenDictionary(t => t.Key, t => (FrenchText.Typeset(t.Value.Item1), FrenchText.Typeset(t.Value.Item2)), StringComparer.Ordinal);

    public static string Title(RuleDescriptor rule, Language language) =>
        language == Language.French && French.TryGetValue(rule.Id, out var texts) ? texts.Title : rule.Title;

    public static string Summary(RuleDescriptor rule, Language language) =>
        language == Language.French && French.TryGetValue(rule.Id, out var texts) ? texts.Summary : rule.Summary;

    /// <summary>Whether the rule has its French texts (the others fall back to English).</summary>
    public static bool HasFrench(string id) => French.ContainsKey(id);
}
