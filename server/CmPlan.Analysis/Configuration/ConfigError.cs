using CmPlan.Analysis.Localization;

namespace CmPlan.Analysis.Configuration;

/// <summary>
/// Why a <c>cmplan.json</c> was rejected, and where: 1-based line and column (in characters).
/// <see cref="Message"/> is English; <see cref="Wording"/> writes it in the language it is shown in.
/// </summary>
public sealed record ConfigError(string Path, int Line, int Column, string Message)
{
    /// <summary>The message in a language; null when it reads the same in every language.</summary>
    public Func<Words, string>? Wording { get; init; }

    /// <summary>An error whose message is worded in the language it is shown in.</summary>
    public static ConfigError Worded(string path, int line, int column, Func<Words, string> wording) =>
        new(path, line, column, wording(Words.English)) { Wording = wording };

    public string MessageIn(Language language) => Wording?.Invoke(Words.For(language)) ?? Message;

    public string ToString(Language language) =>
        Line > 0 ? $"{Path}:{Line}:{Column}: {MessageIn(language)}" : $"{Path}: {MessageIn(language)}";

    public override string ToString() => ToString(Language.English);
}
