using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Grammar.Values;

namespace CmPlan.Analysis.Configuration;

/// <summary>
/// One pass of <see cref="Utf8JsonReader"/> over a <c>cmplan.json</c>. Each step returns the first
/// error it meets (or null), located from the reader's byte offset, so the file is rejected with
/// one precise message.
/// </summary>
internal sealed class ConfigJsonParser(byte[] utf8, string path)
{
    private static readonly string[] RootKeys = ["policy", "rules"];
    private static readonly string[] PolicyKeys = ["minInterval", "maxRepeats", "maxSpan", "maxAutomated", "minGap", "approvalLead"];

    private PlanDuration? minInterval;
    private int? maxRepeats;
    private PlanDuration? maxSpan;
    private int? maxAutomated;
    private PlanDuration? minGap;
    private PlanDuration? approvalLead;
    private readonly ImmutableDictionary<string, SeverityValue>.Builder rules = ImmutableDictionary.CreateBuilder<string, SeverityValue>(StringComparer.Ordinal);

    public ConfigLoadResult Run()
    {
        if (utf8.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            return ConfigLoadResult.Failure(ConfigError.Worded(path, 1, 1, ConfigMessages.Empty));
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            reader.Read();
            var error = reader.TokenType == JsonTokenType.StartObject
                ? ReadRoot(ref reader)
                : ErrorAt(ref reader, ConfigMessages.RootNotObject);
            if (error is not null)
            {
                return ConfigLoadResult.Failure(error);
            }

            // Anything after the root object makes the reader throw here.
            reader.Read();
        }
        catch (JsonException e)
        {
            return ConfigLoadResult.Failure(FromJsonException(e));
        }

        return ConfigLoadResult.Success(new ConfigFile(path, minInterval, maxRepeats, maxSpan, maxAutomated, minGap, rules.ToImmutable()) { ApprovalLead = approvalLead });
    }

    private ConfigError? ReadRoot(ref Utf8JsonReader reader)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString() ?? "";
            var keyError = CheckKey(ref reader, key, seen, MessageId.ConfigAtTopLevel, ["$schema", .. RootKeys]);
            if (keyError is not null)
            {
                return keyError;
            }

            reader.Read();
            var error = key switch
            {
                "policy" => Expect(ref reader, key, JsonTokenType.StartObject, MessageId.ConfigAnObject) ?? ReadPolicy(ref reader),
                "rules" => Expect(ref reader, key, JsonTokenType.StartObject, MessageId.ConfigAnObject) ?? ReadRules(ref reader),
                _ => Expect(ref reader, key, JsonTokenType.String, MessageId.ConfigAString),
            };
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    private ConfigError? ReadPolicy(ref Utf8JsonReader reader)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString() ?? "";
            var error = CheckKey(ref reader, key, seen, MessageId.ConfigInPolicy, PolicyKeys);
            if (error is not null)
            {
                return error;
            }

            reader.Read();
            error = key switch
            {
                "minInterval" => ReadDuration(ref reader, key, out minInterval),
                "maxSpan" => ReadDuration(ref reader, key, out maxSpan),
                "minGap" => ReadDuration(ref reader, key, out minGap),
                "approvalLead" => ReadDuration(ref reader, key, out approvalLead),
                "maxRepeats" => ReadInt(ref reader, key, 0, int.MaxValue, out maxRepeats),
                _ => ReadInt(ref reader, key, 0, 100, out maxAutomated),
            };
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    private ConfigError? ReadRules(ref Utf8JsonReader reader)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var id = reader.GetString() ?? "";
            if (!seen.Add(id))
            {
                return ErrorAt(ref reader, words => ConfigMessages.DuplicateKey(words, id));
            }

            var rule = RuleCatalog.Find(id);
            if (rule is null)
            {
                return ErrorAt(ref reader, words => ConfigMessages.UnknownRule(words, id));
            }

            if (rule.IsStructural)
            {
                return ErrorAt(ref reader, words => ConfigMessages.StructuralRule(words, id));
            }

            reader.Read();
            var error = Expect(ref reader, id, JsonTokenType.String, MessageId.ConfigASeverityString);
            if (error is not null)
            {
                return error;
            }

            var text = reader.GetString() ?? "";
            SeverityValue? severity = text switch
            {
                "error" => SeverityValue.Error,
                "warning" => SeverityValue.Warning,
                "info" => SeverityValue.Info,
                "hint" => SeverityValue.Hint,
                "off" => SeverityValue.Off,
                _ => null,
            };
            if (severity is null)
            {
                return ErrorAt(ref reader, words => ConfigMessages.UnknownSeverity(words, id, text));
            }

            rules[id] = severity.Value;
        }

        return null;
    }

    private ConfigError? CheckKey(ref Utf8JsonReader reader, string key, HashSet<string> seen, MessageId where, string[] expected)
    {
        if (!expected.Contains(key, StringComparer.Ordinal))
        {
            var suggestion = expected.FirstOrDefault(e => Loose(e) == Loose(key));
            return ErrorAt(ref reader, words => ConfigMessages.UnknownKey(words, key, where, expected, suggestion));
        }

        return seen.Add(key) ? null : ErrorAt(ref reader, words => ConfigMessages.DuplicateKey(words, key));
    }

    private ConfigError? ReadDuration(ref Utf8JsonReader reader, string key, out PlanDuration? value)
    {
        value = null;
        var error = Expect(ref reader, key, JsonTokenType.String, MessageId.ConfigADurationString);
        if (error is not null)
        {
            return error;
        }

        var text = reader.GetString() ?? "";
        value = ConfigDurations.Parse(text);
        return value is null ? ErrorAt(ref reader, words => ConfigMessages.InvalidDuration(words, key, text)) : null;
    }

    private ConfigError? ReadInt(ref Utf8JsonReader reader, string key, int min, int max, out int? value)
    {
        value = null;
        var error = Expect(ref reader, key, JsonTokenType.Number, MessageId.ConfigAWholeNumber);
        if (error is not null)
        {
            return error;
        }

        if (!reader.TryGetInt64(out var number))
        {
            var raw = Encoding.UTF8.GetString(reader.ValueSpan);
            return ErrorAt(ref reader, words => ConfigMessages.NotWholeNumber(words, key, raw));
        }

        if (number < min || number > max)
        {
            return ErrorAt(ref reader, words => ConfigMessages.OutOfRange(words, key, number, min, max));
        }

        value = (int)number;
        return null;
    }

    private ConfigError? Expect(ref Utf8JsonReader reader, string key, JsonTokenType type, MessageId description)
    {
        var actual = reader.TokenType;
        return actual == type ? null : ErrorAt(ref reader, words => ConfigMessages.WrongType(words, key, description, Describe(words, actual)));
    }

    private static string Describe(Words words, JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => words.Say(MessageId.ConfigAnObject),
        JsonTokenType.StartArray => words.Say(MessageId.ConfigAnArray),
        JsonTokenType.String => words.Say(MessageId.ConfigAString),
        JsonTokenType.Number => words.Say(MessageId.ConfigANumber),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        _ => type.ToString(),
    };

    private static string Loose(string key) => key.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToUpperInvariant();

    private ConfigError ErrorAt(ref Utf8JsonReader reader, Func<Words, string> wording)
    {
        var offset = (int)Math.Min(reader.TokenStartIndex, utf8.Length);
        var lineStart = utf8.AsSpan(0, offset).LastIndexOf((byte)'\n') + 1;
        var line = utf8.AsSpan(0, lineStart).Count((byte)'\n') + 1;
        return ConfigError.Worded(path, line, Column(lineStart, offset), wording);
    }

    private ConfigError FromJsonException(JsonException e)
    {
        var line = (int)(e.LineNumber ?? 0);
        var lineStart = 0;
        for (var i = 0; i < line && lineStart < utf8.Length; i++)
        {
            var next = utf8.AsSpan(lineStart).IndexOf((byte)'\n');
            lineStart = next < 0 ? utf8.Length : lineStart + next + 1;
        }

        var offset = (int)Math.Min(lineStart + (e.BytePositionInLine ?? 0), utf8.Length);
        var detail = Clean(e.Message);
        return ConfigError.Worded(path, line + 1, Column(lineStart, offset), words => ConfigMessages.InvalidJson(words, detail));
    }

    /// <summary>A 1-based column in characters, so a line with accents still points at the right place.</summary>
    private int Column(int lineStart, int offset) =>
        new UTF8Encoding(false, false).GetCharCount(utf8, lineStart, Math.Max(0, offset - lineStart)) + 1;

    /// <summary>System.Text.Json appends its own zero-based position; ours replaces it.</summary>
    private static string Clean(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (cut < 0 ? message : message[..cut]).Trim();
        return text.Length > 0 ? text : message;
    }
}
