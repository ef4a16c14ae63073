namespace CmPlan.Cli.Commands;

/// <summary>The text of <c>--help</c> in French, command by command, as <see cref="HelpTexts"/> writes it in English.</summary>
internal static class FrenchHelpTexts
{
    public static string TopLevel => $"""
        cmplan {VersionInfo.Version} — vérifier, planifier et mettre en forme les plans de contenu .cmplan

        Usage : cmplan <commande> [options]

        Commandes :
          check <chemin…>     signaler les problèmes des plans (fichiers, dossiers, - pour l'entrée standard)
          schedule <fichier>  lister les publications qu'un plan programme
          diff <ancien> <nouveau>
                              ce qu'un changement fait au calendrier et aux problèmes (--base <rév> : avec git)
          format <chemin…>    réécrire les plans dans leur mise en page canonique
          fix <chemin…>       appliquer les corrections rapides sûres (--unsafe pour toutes, --dry-run pour un diff)
          rules               lister toutes les règles avec leur sévérité par défaut
          explain <règle>     afficher la documentation d'une règle
          lsp                 lancer le serveur de langage sur l'entrée et la sortie standard

        Options :
          -h, --help          afficher l'aide (aussi après une commande : cmplan check --help)
          --version           afficher la version

        Chaque commande accepte --lang fr|en ; sinon CMPLAN_LANG, sinon LC_ALL, LC_MESSAGES ou LANG
        (fr… : français), sinon l'anglais.

        Codes de sortie : 0 succès, 1 problèmes trouvés, 2 erreur d'usage ou entrée inutilisable.

        """;

    public const string Check = """
        Usage : cmplan check <chemin…> [options]

        Vérifie des plans et signale leurs problèmes. Un chemin est un fichier .cmplan, un dossier
        (parcouru récursivement à la recherche de *.cmplan, sans .git, node_modules, bin ni obj, sans
        suivre de lien qui en sort), ou - pour l'entrée standard. Seuls les fichiers ordinaires d'au
        plus 64 Mo sont lus ; un fichier illisible est signalé et les autres sont vérifiés (sortie 2).

        Options :
          --format <f>         text (par défaut), json, sarif, github, markdown (pour un résumé de job)
                               ou gitlab (un rapport GitLab Code Quality)
          --now <quand>        le moment auquel « maintenant » est jugé : une date (2027-03-01, 00:00
                               dans le fuseau du plan), une date et heure locale (2027-03-01T09:00) ou
                               un instant (2027-03-01T09:00Z, 2027-03-01T09:00+01:00)
          --config <fichier>   le cmplan.json à utiliser (par défaut : le plus proche au-dessus de
                               chaque plan, jusqu'à la racine du dépôt) ; chaque format nomme celui utilisé
          --max-warnings <n>   échouer au-delà de n avertissements (par défaut : sans limite ;
                               en CI, mettez 0)
          --lang <fr|en>       la langue des messages
          -h, --help           afficher cette aide

        Codes de sortie : 0 aucune erreur et des avertissements dans --max-warnings, 1 sinon,
        2 erreur d'usage, entrée illisible ou cmplan.json invalide.

        """;

    public const string Schedule = """
        Usage : cmplan schedule <fichier> [options]

        Liste toutes les publications d'un plan, dans l'ordre chronologique. <fichier> peut être -
        pour l'entrée standard.

        Options :
          --format <f>         text (par défaut), json, ics (un fichier iCalendar) ou csv (une
                               ligne par publication, UTF-8 avec BOM, pour les tableurs)
          --profile <nom>      csv pour l'import en masse d'un outil de programmation : publer
                               (une ligne par publication et horaire) ; ce qu'il ne peut pas
                               porter (variantes, textes alternatifs, étiquettes, statut…) est
                               dit sur stderr ; implique --format csv (docs/export.md)
          --from <date>        seulement les publications à partir de cette date locale (2027-03-15)
          --to <date>          seulement les publications jusqu'à cette date locale incluse
          --channel <id>       seulement les publications sur ce canal (répétable : l'un d'eux)
          --tag <étiquette>    seulement les publications qui ont cette étiquette (répétable : l'une d'elles)
          --now <quand>        le moment « maintenant » (comme pour check) ; fixe le DTSTAMP ICS,
                               qui est sinon la première publication du plan
          --lang <fr|en>       la langue des messages
          -h, --help           afficher cette aide

        Codes de sortie : 0 succès, 2 erreur d'usage ou entrée illisible.

        """;

    public const string Diff = """
        Usage : cmplan diff <ancien.cmplan> <nouveau.cmplan> [options]
                cmplan diff --base <rév-git> [<chemin>…] [options]

        Montre ce que fait un changement : publications ajoutées, retirées ou déplacées (appariées par
        publication, canal et numéro de republication), publications dont le texte ou le lien a changé,
        et problèmes introduits ou résolus (appariés par règle et par bloc). Avec --base, chaque plan
        suivi par git (ou ceux sous les chemins donnés) est comparé à sa version à <rév-git> ; plans
        ajoutés, supprimés et renommés compris.

        Options :
          --base <rév-git>     comparer l'arbre de travail avec ce commit (par ex. origin/main)
          --format <f>         text (par défaut), markdown (pour un résumé de job ou un commentaire) ou json
          --fail-on <s>        sortir avec 1 quand le changement introduit un problème de sévérité s
                               (error ou warning) ou pire
          --now <quand>        le moment « maintenant » (comme pour check), le même des deux côtés
          --config <fichier>   le cmplan.json à utiliser (par défaut : le plus proche au-dessus de chaque plan)
          --lang <fr|en>       la langue des messages
          -h, --help           afficher cette aide

        Codes de sortie : 0 succès, 1 un problème au niveau de --fail-on ou au-dessus a été introduit,
        2 erreur d'usage, entrée illisible, cmplan.json invalide ou erreur git.

        """;

    public const string Format = """
        Usage : cmplan format <chemin…> [options]

        Réécrit les plans dans leur mise en page canonique (indentation de 2 espaces, une ligne vide
        entre les blocs, commentaires conservés). Un chemin est un fichier, un dossier (parcouru à la
        recherche de *.cmplan), ou - pour mettre en forme l'entrée standard vers la sortie standard.
        Les fichiers avec des erreurs de syntaxe ou de l'UTF-8 invalide sont signalés et laissés tels quels.

        Options :
          --check              ne rien écrire ; échouer et lister les fichiers qui changeraient
          --lang <fr|en>       la langue des messages
          -h, --help           afficher cette aide

        Les fichiers sont réécrits de façon atomique (un fichier en lecture seule est laissé tel quel),
        en gardant leurs droits, leurs fins de ligne et leur BOM ; un fichier modifié par un autre
        programme depuis sa lecture n'est pas écrit.

        Codes de sortie : 0 succès, 1 un fichier changerait (--check) ou n'a pas pu être mis en forme
        ou écrit, 2 erreur d'usage, entrée illisible, ou fichier modifié depuis sa lecture.

        """;

    public const string Fix = """
        Usage : cmplan fix <chemin…> [options]

        Applique la correction rapide préférée de chaque problème, passe après passe, jusqu'à ce
        qu'aucune ne s'applique. Seulement les corrections sûres (elles bornent, déplacent ou rangent
        votre contenu), sauf avec --unsafe (qui peut supprimer des publications ou des mots). Les
        fichiers sont réécrits de façon atomique (un fichier en lecture seule est laissé tel quel), en
        gardant leurs droits, leurs fins de ligne et leur BOM ; un fichier modifié par un autre
        programme depuis sa lecture n'est pas écrit.

        Options :
          --dry-run            afficher un diff unifié de ce qui changerait ; ne rien écrire
          --unsafe             appliquer aussi les corrections non sûres
          --now <quand>        le moment « maintenant » (comme pour check)
          --config <fichier>   le cmplan.json à utiliser (par défaut : le plus proche au-dessus de chaque plan)
          --lang <fr|en>       la langue des messages
          -h, --help           afficher cette aide

        Codes de sortie : 0 aucune erreur ne reste, 1 des erreurs restent (ou un fichier n'a pas pu
        être écrit), 2 erreur d'usage, entrée illisible, cmplan.json invalide, ou fichier modifié
        depuis sa lecture.

        """;

    public const string Rules = """
        Usage : cmplan rules [--format text|json]

        Liste toutes les règles : leur identifiant, leur sévérité par défaut, et ce qu'elles
        détectent. Les règles structurelles sont toujours des erreurs ; les autres se configurent
        avec « rule <id> <sévérité> » dans un bloc policy ou dans cmplan.json.

        Options :
          --format json   l'identifiant, la sévérité, structural, le titre, le résumé, helpUri et la
                          documentation de chaque règle (le Markdown qu'affiche « cmplan explain »),
                          pour les outils

        """;

    public const string Explain = """
        Usage : cmplan explain <règle>

        Affiche la documentation d'une règle : ce qu'elle détecte, pourquoi c'est important, un
        exemple, la correction, et comment la configurer ou la faire taire.

        """;

    public const string Lsp = """
        Usage : cmplan lsp [--stdio] [--lang fr|en]

        Lance le serveur de langage (LSP 3.17) sur l'entrée et la sortie standard jusqu'à ce que le
        client envoie exit (--stdio, que les clients passent par convention, ne change rien) :
        diagnostics à la frappe, corrections rapides, tout corriger, mise en forme. La langue suit le
        « locale » du client, ou le réglage cmplan.language ; --lang donne celle par défaut.
        Codes de sortie : 0 après shutdown puis exit, 1 quand exit arrive sans shutdown.

        """;
}
