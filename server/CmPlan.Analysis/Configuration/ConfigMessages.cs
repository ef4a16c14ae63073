namespace CmPlan.Analysis.Configuration;

/// <summary>Every error text of <c>cmplan.json</c> loading, in one place so tests can assert against them.</summary>
public static class ConfigMessages
{
    public const string Empty = "invalid JSON: the file is empty";

    public const string RootNotObject = "the file must hold one JSON object, like {\"policy\": {…}, \"rules\": {…}}";

    public static string InvalidJson(string detail) => $"invalid JSON: {detail}";

    public static string CannotRead(string reason) => $"cannot read the file: {reason}";

    public static string DuplicateKey(string key) => $"duplicate key \"{key}\"";

    public static string UnknownKey(string key, string where, IEnumerable<string> expected, string? suggestion) =>
        $"unknown key \"{key}\" {where}"
        + (suggestion is null ? "" : $" (did you mean \"{suggestion}\"?)")
        + $"; expected one of {string.Join(", ", expected.Select(e => $"\"{e}\""))}";

    public static string WrongType(string key, string expected, string actual) =>
        $"\"{key}\" must be {expected}, not {actual}";

    public static string InvalidDuration(string key, string value) =>
        $"\"{key}\" is not a valid duration: \"{value}\" (expected a non-zero whole number and a unit min, h, d, w or mo, like \"7d\")";

    public static string OutOfRange(string key, long value, int min, int max) =>
        $"\"{key}\" must be between {min} and {max}, not {value}";

    public static string NotWholeNumber(string key, string raw) =>
        $"\"{key}\" must be a whole number, not {raw}";

    public static string UnknownRule(string id) => $"unknown rule \"{id}\" in \"rules\" (cmplan rules lists them)";

    public static string StructuralRule(string id) =>
        $"rule \"{id}\" cannot be configured: structural rules are always errors";

    public static string UnknownSeverity(string id, string value) =>
        $"unknown severity \"{value}\" for rule \"{id}\"; expected one of \"error\", \"warning\", \"info\", \"hint\", \"off\"";
}
