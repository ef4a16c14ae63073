using CmPlan.Analysis.Localization;

namespace CmPlan.Cli.Arguments;

/// <summary>
/// The language of a command's messages: <c>--lang fr|en</c>, else <c>CMPLAN_LANG</c>, else the first
/// locale variable set of <c>LC_ALL</c>, <c>LC_MESSAGES</c>, <c>LANG</c> (as POSIX reads them; <c>fr…</c>
/// is French, any other locale English), else English.
/// </summary>
public static class LanguageChoice
{
    public const string Option = "--lang";

    public const string Variable = "CMPLAN_LANG";

    private static readonly string[] LocaleVariables = ["LC_ALL", "LC_MESSAGES", "LANG"];

    public static Language Of(ParsedArguments parsed, CliEnvironment env) => Resolve(parsed.Value(Option), env.Variable);

    public static Language Resolve(string? option, Func<string, string?> variable)
    {
        if (option is not null)
        {
            return Languages.FromCode(option) ?? throw CliError.InvalidValue(Option, option, "fr", "en");
        }

        if (variable(Variable) is { Length: > 0 } chosen)
        {
            return Languages.FromCode(chosen) ?? Languages.FromLocale(chosen) ?? Language.English;
        }

        var locale = LocaleVariables.Select(variable).FirstOrDefault(value => !string.IsNullOrEmpty(value));
        return Languages.FromLocale(locale) ?? Language.English;
    }
}
