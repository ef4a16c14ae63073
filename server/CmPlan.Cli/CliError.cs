using CmPlan.Analysis.Localization;

namespace CmPlan.Cli;

/// <summary>
/// A usage error or unusable input: <see cref="CliApp"/> prints it as one <c>cmplan: …</c> line on
/// stderr, in the run's language, and exits 2. Thrown only inside the CLI, never across layers. Its
/// wording waits for the language (an error may come before the arguments that choose it are read);
/// <see cref="Exception.Message"/> is the English one.
/// </summary>
public sealed class CliError : Exception
{
    private readonly Func<Words, string>? wording;

    public CliError()
    {
    }

    public CliError(string message)
        : base(message)
    {
    }

    public CliError(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>An error worded by <paramref name="wording"/> in the language it is shown in.</summary>
    public CliError(Func<Words, string> wording, Exception? innerException = null)
        : base(wording(Words.English), innerException)
    {
        this.wording = wording;
    }

    /// <summary>The catalogue's message <paramref name="id"/> with its arguments.</summary>
    public CliError(MessageId id, params (string Name, string Value)[] arguments)
        : this(words => words.Say(id, arguments))
    {
    }

    /// <summary>The message in <paramref name="language"/>.</summary>
    public string In(Language language) => wording is null ? Message : wording(Words.For(language));

    /// <summary>"text, json or sarif" / "text, json ou sarif": the values an option takes.</summary>
    public static string OneOf(Words words, params string[] values) => values.Length == 1
        ? values[0]
        : words.Say(MessageId.ListOr, ("list", string.Join(", ", values[..^1])), ("last", values[^1]));

    /// <summary>"invalid --format 'x': expected text, json or sarif", in the run's language.</summary>
    public static CliError InvalidValue(string option, string value, params string[] expected) =>
        new(words => words.Say(MessageId.CliInvalidValue, ("option", option), ("value", value), ("expected", OneOf(words, expected))));

    /// <summary>An invalid value whose expected form is a catalogue message.</summary>
    public static CliError InvalidValue(string option, string value, MessageId expected) =>
        new(words => words.Say(MessageId.CliInvalidValue, ("option", option), ("value", value), ("expected", words.Say(expected))));
}
