using System.Text;
using CmPlan.Analysis.Configuration;
using CmPlan.Grammar.Values;
using CmPlan.Tests.Cli;

namespace CmPlan.Tests.Configuration;

public class ConfigLoaderTests
{
    private static ConfigLoadResult Parse(string json) => ConfigLoader.Parse(Encoding.UTF8.GetBytes(json), "cmplan.json");

    private static string Error(string json)
    {
        var result = Parse(json);
        Assert.False(result.IsSuccess);
        return result.Error.ToString();
    }

    [Fact]
    public void Reads_every_key()
    {
        var result = Parse("""
            {
              "policy": {"minInterval": "7d", "maxRepeats": 10, "maxSpan": "3mo", "maxAutomated": 50, "minGap": "10min", "approvalLead": "3d"},
              "rules": {"whitespace": "off", "dated-content": "error", "past-publication": "hint", "off-slot": "info", "unbounded-repost": "warning"}
            }
            """);
        Assert.True(result.IsSuccess);
        var config = result.Config;
        Assert.Equal("cmplan.json", config.Path);
        Assert.Equal(new PlanDuration(7, DurationUnit.Days), config.MinInterval);
        Assert.Equal(10, config.MaxRepeats);
        Assert.Equal(new PlanDuration(3, DurationUnit.Months), config.MaxSpan);
        Assert.Equal(50, config.MaxAutomated);
        Assert.Equal(new PlanDuration(10, DurationUnit.Minutes), config.MinGap);
        Assert.Equal(new PlanDuration(3, DurationUnit.Days), config.ApprovalLead);
        Assert.Equal(SeverityValue.Off, config.Rules["whitespace"]);
        Assert.Equal(SeverityValue.Error, config.Rules["dated-content"]);
        Assert.Equal(SeverityValue.Hint, config.Rules["past-publication"]);
        Assert.Equal(SeverityValue.Info, config.Rules["off-slot"]);
        Assert.Equal(SeverityValue.Warning, config.Rules["unbounded-repost"]);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"policy\": {}, \"rules\": {}}")]
    [InlineData("\uFEFF{\"$schema\": \"https://example.org/cmplan.schema.json\"}")]
    [InlineData("  {\r\n}\r\n")]
    public void Every_key_is_optional(string json)
    {
        var result = Parse(json);
        Assert.True(result.IsSuccess);
        Assert.Equal(ConfigFile.Empty with { Path = "cmplan.json" }, result.Config with { Rules = ConfigFile.Empty.Rules });
        Assert.Empty(result.Config.Rules);
    }

    [Theory]
    [InlineData("1min", 1, DurationUnit.Minutes)]
    [InlineData("36h", 36, DurationUnit.Hours)]
    [InlineData("2w", 2, DurationUnit.Weeks)]
    [InlineData("12mo", 12, DurationUnit.Months)]
    public void Reads_each_duration_unit(string text, int amount, DurationUnit unit) =>
        Assert.Equal(new PlanDuration(amount, unit), ConfigDurations.Parse(text));

    [Theory]
    [InlineData("", "cmplan.json:1:1: invalid JSON: the file is empty")]
    [InlineData("{\"policy\": {\"minGap\": \"5min\",}}", "cmplan.json:1:30: invalid JSON: ")]
    [InlineData("{\n  \"rules\": {\n    \"whitespace\": off\n  }\n}", "cmplan.json:3:19: invalid JSON: ")]
    [InlineData("{} {}", "cmplan.json:1:4: invalid JSON: ")]
    [InlineData("[]", "cmplan.json:1:1: the file must hold one JSON object")]
    [InlineData("{\"polciy\": {}}", "cmplan.json:1:2: unknown key \"polciy\" at the top level; expected one of \"$schema\", \"policy\", \"rules\"")]
    [InlineData("{\"policy\": {\"min-interval\": \"7d\"}}", "cmplan.json:1:13: unknown key \"min-interval\" in \"policy\" (did you mean \"minInterval\"?); expected one of \"minInterval\", ")]
    [InlineData("{\"policy\": {}, \"policy\": {}}", "cmplan.json:1:16: duplicate key \"policy\"")]
    [InlineData("{\"policy\": \"strict\"}", "cmplan.json:1:12: \"policy\" must be an object, not a string")]
    [InlineData("{\"policy\": {\"minInterval\": 7}}", "cmplan.json:1:28: \"minInterval\" must be a duration string like \"7d\", not a number")]
    [InlineData("{\"policy\": {\"minInterval\": \"0d\"}}", "cmplan.json:1:28: \"minInterval\" is not a valid duration: \"0d\"")]
    [InlineData("{\"policy\": {\"maxSpan\": \"7 d\"}}", "cmplan.json:1:24: \"maxSpan\" is not a valid duration: \"7 d\"")]
    [InlineData("{\"policy\": {\"minGap\": \"10m\"}}", "cmplan.json:1:23: \"minGap\" is not a valid duration: \"10m\"")]
    [InlineData("{\"policy\": {\"minGap\": \"-5min\"}}", "cmplan.json:1:23: \"minGap\" is not a valid duration: \"-5min\"")]
    [InlineData("{\"policy\": {\"maxRepeats\": \"10\"}}", "cmplan.json:1:27: \"maxRepeats\" must be a whole number, not a string")]
    [InlineData("{\"policy\": {\"maxRepeats\": 2.5}}", "cmplan.json:1:27: \"maxRepeats\" must be a whole number, not 2.5")]
    [InlineData("{\"policy\": {\"maxRepeats\": -1}}", "cmplan.json:1:27: \"maxRepeats\" must be between 0 and 2147483647, not -1")]
    [InlineData("{\"policy\": {\"maxAutomated\": 101}}", "cmplan.json:1:29: \"maxAutomated\" must be between 0 and 100, not 101")]
    [InlineData("{\"policy\": {\"maxAutomated\": null}}", "cmplan.json:1:29: \"maxAutomated\" must be a whole number, not null")]
    [InlineData("{\"rules\": {\"unbounded-repsot\": \"off\"}}", "cmplan.json:1:12: unknown rule \"unbounded-repsot\"")]
    [InlineData("{\"rules\": {\"syntax\": \"off\"}}", "cmplan.json:1:12: rule \"syntax\" cannot be configured: structural rules are always errors")]
    [InlineData("{\"rules\": {\"whitespace\": \"none\"}}", "cmplan.json:1:26: unknown severity \"none\" for rule \"whitespace\"")]
    [InlineData("{\"rules\": {\"whitespace\": false}}", "cmplan.json:1:26: \"whitespace\" must be a severity string, not false")]
    [InlineData("{\"rules\": {\"whitespace\": \"off\", \"whitespace\": \"hint\"}}", "cmplan.json:1:33: duplicate key \"whitespace\"")]
    [InlineData("{\"rules\": []}", "cmplan.json:1:11: \"rules\" must be an object, not an array")]
    public void Rejects_with_a_located_message(string json, string expected) =>
        Assert.StartsWith(expected, Error(json), StringComparison.Ordinal);

    [Theory]
    [InlineData("", "cmplan.json:1:1: JSON invalide\u202F: le fichier est vide")]
    [InlineData("[]", "cmplan.json:1:1: le fichier doit contenir un seul objet JSON, comme {\"policy\": {…}, \"rules\": {…}}")]
    [InlineData("{\"policy\": {\"min-interval\": \"7d\"}}", "cmplan.json:1:13: clé inconnue «\u202Fmin-interval\u202F» dans «\u202Fpolicy\u202F» (vouliez-vous dire «\u202FminInterval\u202F»\u202F?)\u202F; clés possibles\u202F: \"minInterval\", ")]
    [InlineData("{\"policy\": \"strict\"}", "cmplan.json:1:12: «\u202Fpolicy\u202F» doit être un objet, pas une chaîne")]
    [InlineData("{\"policy\": {\"minInterval\": 7}}", "cmplan.json:1:28: «\u202FminInterval\u202F» doit être une chaîne de durée comme \"7d\", pas un nombre")]
    [InlineData("{\"policy\": {\"maxRepeats\": -1}}", "cmplan.json:1:27: «\u202FmaxRepeats\u202F» doit être compris entre 0 et 2\u202F147\u202F483\u202F647, pas -1")]
    [InlineData("{\"rules\": {\"syntax\": \"off\"}}", "cmplan.json:1:12: la règle «\u202Fsyntax\u202F» ne se configure pas\u202F: les règles structurelles sont toujours des erreurs")]
    [InlineData("{\"rules\": {\"whitespace\": \"none\"}}", "cmplan.json:1:26: sévérité inconnue «\u202Fnone\u202F» pour la règle «\u202Fwhitespace\u202F»\u202F; valeurs possibles\u202F: \"error\", \"warning\", \"info\", \"hint\", \"off\"")]
    public void Rejects_in_French_when_shown_in_French(string json, string expected)
    {
        var result = Parse(json);
        Assert.False(result.IsSuccess);
        Assert.StartsWith(expected, result.Error.ToString(CmPlan.Analysis.Localization.Language.French), StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_count_characters_not_bytes() =>
        Assert.StartsWith(
            "cmplan.json:1:31: unknown key \"zz\" in \"policy\"",
            Error("{\"$schema\": \"ééé\", \"policy\": {\"zz\": 1}}"),
            StringComparison.Ordinal);

    [Fact]
    public void Json_errors_do_not_repeat_the_readers_own_position()
    {
        var message = Error("{\"policy\": }");
        Assert.DoesNotContain("LineNumber", message, StringComparison.Ordinal);
        Assert.Matches(@"^cmplan\.json:1:12: invalid JSON: \S", message);
    }

    [Fact]
    public void Load_reports_a_missing_file()
    {
        var result = ConfigLoader.Load("/nowhere/cmplan.json");
        Assert.Equal("/nowhere/cmplan.json: cannot read the file: no such file", result.Error?.ToString());
    }

    [Fact]
    public void Load_reads_a_file()
    {
        using var temp = new TempFolder();
        var path = temp.Write("cmplan.json", "{\"policy\": {\"maxRepeats\": 3}}");
        var result = ConfigLoader.Load(path);
        Assert.True(result.IsSuccess);
        Assert.Equal(3, result.Config.MaxRepeats);
        Assert.Equal(path, result.Config.Path);
    }

    [Fact]
    public void FindNearest_walks_up()
    {
        using var temp = new TempFolder();
        var root = temp.Write("cmplan.json", "{}");
        var team = temp.Write("team/cmplan.json", "{}");
        Directory.CreateDirectory(temp.Full("team/plans/deep"));
        Directory.CreateDirectory(temp.Full("other"));
        Assert.Equal(team, ConfigLoader.FindNearest(temp.Full("team/plans/deep")));
        Assert.Equal(team, ConfigLoader.FindNearest(temp.Full("team")));
        Assert.Equal(root, ConfigLoader.FindNearest(temp.Full("other")));
    }

    [Fact]
    public void FindNearest_never_throws() => Assert.Null(ConfigLoader.FindNearest("\0"));
}
