using System.Collections.Frozen;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Rules.Support;

namespace CmPlan.Cli.Commands;

/// <summary>The text of <c>--help</c>, per command; <see cref="In"/> gives it in the chosen language.</summary>
public static class HelpTexts
{
    private static FrozenDictionary<string, string>? french;

    public static string TopLevel => $"""
        cmplan {VersionInfo.Version} — lint, schedule and format .cmplan content plans

        Usage: cmplan <command> [options]

        Commands:
          check <path…>       report problems in plans (files, folders, - for stdin)
          schedule <file>     list the publications a plan expands to
          diff <old> <new>    what a change does to the schedule and problems (--base <rev>: against git)
          format <path…>      rewrite plans in canonical layout
          fix <path…>         apply the safe quick fixes (--unsafe for all, --dry-run for a diff)
          rules               list every rule with its default severity
          explain <rule-id>   print a rule's documentation
          lsp                 run the language server on stdin/stdout

        Options:
          -h, --help          show help (also after a command: cmplan check --help)
          --version           print the version

        Every command takes --lang fr|en; else CMPLAN_LANG, else LC_ALL, LC_MESSAGES or LANG
        (fr…: French), else English.

        Exit codes: 0 success, 1 problems found, 2 usage error or unusable input.

        """;

    /// <summary>A help text (one of this class') in <paramref name="language"/>: the French one typeset as French writes it.</summary>
    public static string In(string english, Language language) =>
        language == Language.French && French().TryGetValue(english, out var text) ? text : english;

    private static FrozenDictionary<string, string> French() => french ??= new Dictionary<string, string>
    {
        [TopLevel] = FrenchText.Typeset(FrenchHelpTexts.TopLevel),
        [Check] = FrenchText.Typeset(FrenchHelpTexts.Check),
        [Schedule] = FrenchText.Typeset(FrenchHelpTexts.Schedule),
        [Diff] = FrenchText.Typeset(FrenchHelpTexts.Diff),
        [Format] = FrenchText.Typeset(FrenchHelpTexts.Format),
        [Fix] = FrenchText.Typeset(FrenchHelpTexts.Fix),
        [Rules] = FrenchText.Typeset(FrenchHelpTexts.Rules),
        [Explain] = FrenchText.Typeset(FrenchHelpTexts.Explain),
        [Lsp] = FrenchText.Typeset(FrenchHelpTexts.Lsp),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public const string Check = """
        Usage: cmplan check <path…> [options]

        Checks plans and reports their problems. A path is a .cmplan file, a folder (searched
        recursively for *.cmplan, skipping .git, node_modules, bin and obj, following no link
        out of it), or - for stdin. Only regular files of at most 64 MB are read; one that
        cannot be read is reported and the others are checked (exit 2).

        Options:
          --format <f>         text (default), json, sarif, github, markdown (for a job summary)
                               or gitlab (a GitLab Code Quality report)
          --now <when>         the moment "now" is judged against: a date (2027-03-01, 00:00 in
                               the plan's zone), a local date-time (2027-03-01T09:00) or an
                               instant (2027-03-01T09:00Z, 2027-03-01T09:00+01:00)
          --config <file>      the cmplan.json to use (default: the nearest one above each plan,
                               up to the repository root); every format names the one used
          --max-warnings <n>   fail when there are more than n warnings (default: unlimited;
                               in CI, use 0)
          --lang <fr|en>       the language of messages
          -h, --help           show this help

        Exit codes: 0 no error and warnings within --max-warnings, 1 otherwise,
        2 usage error, unreadable input or invalid cmplan.json.

        """;

    public const string Schedule = """
        Usage: cmplan schedule <file> [options]

        Lists every publication of a plan, in time order. <file> may be - for stdin.

        Options:
          --format <f>         text (default), json, ics (an iCalendar file) or csv (one row
                               per publication, UTF-8 with a BOM, for spreadsheets)
          --profile <name>     csv for a scheduler's bulk upload: publer (one row per post and
                               time, Publer's Date, Text, Link(s) and Media URL(s)); what it
                               cannot carry (variants, alt texts, tags, status…) is said on
                               stderr; implies --format csv (docs/export.md)
          --from <date>        only publications on or after this local date (2027-03-15)
          --to <date>          only publications on or before this local date
          --channel <id>       only publications on this channel (repeatable: any of them)
          --tag <tag>          only posts with this tag (repeatable: any of them)
          --now <when>         the moment "now" is (as for check); sets the ICS DTSTAMP,
                               which is otherwise the plan's first publication
          --lang <fr|en>       the language of messages
          -h, --help           show this help

        Exit codes: 0 success, 2 usage error or unreadable input.

        """;

    public const string Diff = """
        Usage: cmplan diff <old.cmplan> <new.cmplan> [options]
               cmplan diff --base <git-rev> [<path>…] [options]

        Shows what a change does: publications added, removed or moved (matched by post, channel
        and repost number), posts whose text or link changed, and problems introduced or resolved
        (matched by rule and block). With --base, each plan git tracks (or those under the paths)
        is compared with its version at <git-rev>; added, deleted and renamed plans included.

        Options:
          --base <git-rev>     compare the working tree with this commit (e.g. origin/main)
          --format <f>         text (default), markdown (for a job summary or a comment) or json
          --fail-on <s>        exit 1 when the change introduces a problem of severity s
                               (error or warning) or worse
          --now <when>         the moment "now" is (as for check), the same for both sides
          --config <file>      the cmplan.json to use (default: the nearest one above each plan)
          --lang <fr|en>       the language of messages
          -h, --help           show this help

        Exit codes: 0 success, 1 a problem at or above --fail-on was introduced,
        2 usage error, unreadable input, invalid cmplan.json or a git error.

        """;

    public const string Format = """
        Usage: cmplan format <path…> [options]

        Rewrites plans in canonical layout (2-space indentation, one blank line between blocks,
        comments kept). A path is a file, a folder (searched for *.cmplan), or - to format stdin
        to stdout. Files with syntax errors or invalid UTF-8 are reported and left untouched.

        Options:
          --check              write nothing; fail and list the files that would change
          --lang <fr|en>       the language of messages
          -h, --help           show this help

        Files are rewritten atomically (a read-only file is left alone), keeping their mode,
        line endings and BOM; a file changed by another program since it was read is not written.

        Exit codes: 0 success, 1 a file would change (--check) or could not be formatted or written,
        2 usage error, unreadable input, or a file changed since it was read.

        """;

    public const string Fix = """
        Usage: cmplan fix <path…> [options]

        Applies each problem's preferred quick fix, pass after pass, until none applies. Only safe
        fixes (they bound, move or tidy your content) unless --unsafe (which may delete posts or
        words). Files are rewritten atomically (a read-only file is left alone), keeping their mode,
        line endings and BOM; a file changed by another program since it was read is not written.

        Options:
          --dry-run            print a unified diff of what would change; write nothing
          --unsafe             also apply unsafe fixes
          --now <when>         the moment "now" is (as for check)
          --config <file>      the cmplan.json to use (default: the nearest one above each plan)
          --lang <fr|en>       the language of messages
          -h, --help           show this help

        Exit codes: 0 no error remains, 1 errors remain (or a file could not be written),
        2 usage error, unreadable input, invalid cmplan.json, or a file changed since it was read.

        """;

    public const string Rules = """
        Usage: cmplan rules [--format text|json]

        Lists every rule: its id, default severity, and what it catches. Structural rules are
        always errors; the others can be configured with 'rule <id> <severity>' in a policy
        block or in cmplan.json.

        Options:
          --format json   each rule's id, severity, structural, title, summary, helpUri and
                          documentation (the Markdown 'cmplan explain' prints), for tools

        """;

    public const string Explain = """
        Usage: cmplan explain <rule-id> [--lang fr|en]

        Prints a rule's documentation: what it catches, why it matters, an example, the fix,
        and how to configure or silence it.

        Options:
          --lang <l>           the language of the page: en (default) or fr
          -h, --help           show this help

        """;

    public const string Lsp = """
        Usage: cmplan lsp [--stdio] [--lang fr|en]

        Runs the language server (LSP 3.17) on stdin/stdout until the client sends exit
        (--stdio, which clients pass by convention, changes nothing):
        diagnostics as you type, quick fixes, fix all, formatting. The language follows the client's
        locale, or the cmplan.language setting; --lang gives the default.
        Exit codes: 0 after shutdown then exit, 1 when exit comes without shutdown.

        """;
}
