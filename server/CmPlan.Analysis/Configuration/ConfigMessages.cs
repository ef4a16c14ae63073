using System.Globalization;
using CmPlan.Analysis.Localization;

namespace CmPlan.Analysis.Configuration;

/// <summary>
/// Every error text of <c>cmplan.json</c> loading, in one place so tests can assert against them, in the
/// language they are shown in (a <see cref="ConfigError"/> keeps its wording until then).
/// </summary>
public static class ConfigMessages
{
    private const string DurationExample = "\"7d\"";

    public static string Empty(Words words) => words.Say(MessageId.ConfigEmpty);

    public static string RootNotObject(Words words) =>
        words.Say(MessageId.ConfigRootNotObject, ("example", "{\"policy\": {…}, \"rules\": {…}}"));

    public static string InvalidJson(Words words, string detail) => words.Say(MessageId.ConfigInvalidJson, ("detail", detail));

    public static string CannotRead(Words words, string reason) => words.Say(MessageId.ConfigCannotRead, ("reason", reason));

    public static string DuplicateKey(Words words, string key) => words.Say(MessageId.ConfigDuplicateKey, ("key", key));

    /// <param name="where">Where the key is: <see cref="MessageId.ConfigAtTopLevel"/> or <see cref="MessageId.ConfigInPolicy"/>.</param>
    public static string UnknownKey(Words words, string key, MessageId where, IEnumerable<string> expected, string? suggestion) =>
        words.Say(
            MessageId.ConfigUnknownKey,
            ("key", key),
            ("where", words.Say(where)),
            ("didYouMean", suggestion is null ? string.Empty : words.Say(MessageId.ConfigDidYouMean, ("suggestion", suggestion))),
            ("expected", Quoted(expected)));

    /// <param name="expected">What the value must be, a catalogue phrase such as <see cref="MessageId.ConfigAnObject"/>.</param>
    /// <param name="actual">What it is: a catalogue phrase, or a JSON literal (true, false, null).</param>
    public static string WrongType(Words words, string key, MessageId expected, string actual) =>
        words.Say(MessageId.ConfigWrongType, ("key", key), ("expected", words.Say(expected, ("example", DurationExample))), ("actual", actual));

    public static string InvalidDuration(Words words, string key, string value) =>
        words.Say(MessageId.ConfigInvalidDuration, ("key", key), ("value", value), ("example", DurationExample));

    public static string OutOfRange(Words words, string key, long value, int min, int max) =>
        words.Say(MessageId.ConfigOutOfRange, ("key", key), ("min", words.Number(min)), ("max", words.Number(max)), ("value", words.Number(value)));

    public static string NotWholeNumber(Words words, string key, string raw) =>
        words.Say(MessageId.ConfigNotWholeNumber, ("key", key), ("raw", raw));

    public static string UnknownRule(Words words, string id) => words.Say(MessageId.ConfigUnknownRule, ("id", id));

    public static string StructuralRule(Words words, string id) => words.Say(MessageId.ConfigStructuralRule, ("id", id));

    public static string UnknownSeverity(Words words, string id, string value) =>
        words.Say(MessageId.ConfigUnknownSeverity, ("value", value), ("id", id), ("expected", Quoted(["error", "warning", "info", "hint", "off"])));

    private static string Quoted(IEnumerable<string> values) => string.Join(", ", values.Select(v => string.Create(CultureInfo.InvariantCulture, $"\"{v}\"")));
}
