using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CmPlan.Analysis.Configuration;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Model;
using CmPlan.Cli.Schema;
using CmPlan.Grammar.Values;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Cli;

public class ConfigSchemaTests
{
    private static JsonNode Schema => JsonNode.Parse(ConfigSchema.Generate())!;

    /// <summary>The extension's schema is generated: CMPLAN_ACCEPT=1 rewrites it after a rule or a setting changed.</summary>
    [Fact]
    public void The_committed_schema_is_a_fresh_generation() =>
        Golden.Verify("../../../editor-extension/schemas/cmplan.schema.json", ConfigSchema.Generate());

    [Fact]
    public void Every_configurable_rule_and_no_structural_one_can_be_set()
    {
        var rules = Schema["properties"]!["rules"]!["properties"]!.AsObject();
        Assert.Equal(RuleCatalog.All.Where(r => !r.IsStructural).Select(r => r.Id), rules.Select(p => p.Key));
        Assert.Equal("A repeat or a queue recycle has neither times nor until, so it never ends. Default `error`.", (string?)rules["unbounded-repost"]!["markdownDescription"]);
        Assert.Equal(["error", "warning", "info", "hint", "off"], rules["whitespace"]!["enum"]!.AsArray().Select(v => (string?)v));
    }

    /// <summary>A cmplan.json holding every policy default the schema states loads, and gives the built-in settings.</summary>
    [Fact]
    public void The_schema_defaults_are_the_settings_the_loader_reads()
    {
        var policy = Schema["properties"]!["policy"]!["properties"]!.AsObject();
        var json = new JsonObject
        {
            ["policy"] = new JsonObject(policy.Select(p => KeyValuePair.Create<string, JsonNode?>(p.Key, p.Value!["default"]!.DeepClone()))),
            ["rules"] = new JsonObject(RuleCatalog.All.Where(r => !r.IsStructural).Select(r => KeyValuePair.Create<string, JsonNode?>(r.Id, "off"))),
        };
        var result = ConfigLoader.Parse(Encoding.UTF8.GetBytes(json.ToJsonString()), "cmplan.json");
        Assert.True(result.IsSuccess, result.Error?.ToString());
        var config = result.Config!;
        Assert.Equal(Settings.Defaults.MinInterval, config.MinInterval);
        Assert.Equal(Settings.Defaults.MaxRepeats, config.MaxRepeats);
        Assert.Equal(Settings.Defaults.MaxSpan, config.MaxSpan);
        Assert.Equal(Settings.Defaults.MaxAutomated, config.MaxAutomated);
        Assert.Equal(Settings.Defaults.MinGap, config.MinGap);
        Assert.Equal(Settings.Defaults.ApprovalLead, config.ApprovalLead);
        Assert.All(config.Rules.Values, v => Assert.Equal(SeverityValue.Off, v));
        Assert.Equal("^[0-9]*[1-9][0-9]*(min|mo|d|h|w)$", (string?)policy["minGap"]!["pattern"]);
        Assert.Equal(JsonValueKind.Number, policy["maxAutomated"]!["maximum"]!.GetValueKind());
    }
}
