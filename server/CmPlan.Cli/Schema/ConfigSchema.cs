using System.Text.Json;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Ide.Hover;
using CmPlan.Analysis.Model;
using CmPlan.Cli.Json;
using CmPlan.Cli.Reporting;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Values;

namespace CmPlan.Cli.Schema;

/// <summary>
/// The JSON schema of <c>cmplan.json</c> (editor-extension/schemas/cmplan.schema.json), generated
/// from what the analysis knows: the policy settings (their hover texts and <see cref="Settings.Defaults"/>),
/// the duration units, the severities and the rule catalogue. A test fails when the committed file
/// differs from <see cref="Generate"/>; <c>CMPLAN_ACCEPT=1</c> rewrites it.
/// </summary>
public static class ConfigSchema
{
    /// <summary>A policy setting: its JSON key, its key in a plan's policy block, its default, and its bounds when it is a number.</summary>
    private sealed record PolicySetting(string JsonKey, string PlanKey, object Default, int? Maximum = null);

    private static readonly PolicySetting[] Policy =
    [
        new("minInterval", "min-interval", Settings.Defaults.MinInterval),
        new("maxRepeats", "max-repeats", Settings.Defaults.MaxRepeats),
        new("maxSpan", "max-span", Settings.Defaults.MaxSpan),
        new("maxAutomated", "max-automated", Settings.Defaults.MaxAutomated, Maximum: 100),
        new("minGap", "min-gap", Settings.Defaults.MinGap),
        new("approvalLead", "approval-lead", Settings.Defaults.ApprovalLead),
    ];

    public static string Generate() => JsonText.Build(Write);

    private static void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteText("$schema", "http://json-schema.org/draft-07/schema#");
        w.WriteText("title", "cmplan.json");
        w.WriteText("markdownDescription", "CmPlan settings for the plans in this folder and below. Later wins: built-in defaults, then the nearest `cmplan.json` walking up from a plan, then the plan's own `policy` block.");
        w.WriteText("type", "object");
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");

        w.WriteStartObject("$schema");
        w.WriteText("type", "string");
        w.WriteEndObject();

        w.WriteStartObject("policy");
        w.WriteText("type", "object");
        w.WriteBoolean("additionalProperties", false);
        w.WriteText("markdownDescription", "The guard rails, as in a plan's `policy` block.");
        w.WriteStartObject("properties");
        foreach (var setting in Policy)
        {
            WritePolicySetting(w, setting);
        }

        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartObject("rules");
        w.WriteText("type", "object");
        w.WriteText("markdownDescription", "Rule severities by rule id. Structural rules (syntax, references…) are always errors and cannot be set here.");
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        foreach (var rule in RuleCatalog.All.Where(r => !r.IsStructural))
        {
            w.WriteStartObject(rule.Id);
            w.WriteText("type", "string");
            w.WriteStartArray("enum");
            foreach (var severity in Enum.GetValues<SeverityValue>())
            {
                w.WriteStringValue(severity.ToString().ToLowerInvariant());
            }

            w.WriteEndArray();
            w.WriteText("description", "The severity of this rule's diagnostics; \"off\" silences it.");
            w.WriteText("markdownDescription", $"{rule.Summary} Default `{SeverityNames.Of(rule.DefaultSeverity)}`.");
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WritePolicySetting(Utf8JsonWriter w, PolicySetting setting)
    {
        var hover = HoverTexts.Property(BlockKind.Policy, setting.PlanKey)
            ?? throw new InvalidOperationException($"no hover text for policy key {setting.PlanKey}");
        var summary = $"{hover.Summary} In a plan's `policy` block: `{hover.Example}`.";
        w.WriteStartObject(setting.JsonKey);
        switch (setting.Default)
        {
            case PlanDuration duration:
                w.WriteText("type", "string");
                w.WriteText("pattern", DurationPattern());
                var units = Enum.GetValues<DurationUnit>().Select(u => $"`{PlanDuration.Suffix(u)}`").ToList();
                var unitList = $"{string.Join(", ", units[..^1])} or {units[^1]}";
                w.WriteText("markdownDescription", $"{summary} A duration: digits then {unitList}, not zero.");
                w.WriteText("default", duration.ToString());
                break;
            case int number:
                w.WriteText("type", "integer");
                w.WriteNumber("minimum", 0);
                if (setting.Maximum is { } maximum)
                {
                    w.WriteNumber("maximum", maximum);
                }

                w.WriteText("markdownDescription", summary);
                w.WriteNumber("default", number);
                break;
            default:
                throw new InvalidOperationException($"policy setting {setting.JsonKey} has no schema type");
        }

        w.WriteEndObject();
    }

    /// <summary>A positive amount then a unit suffix; longer suffixes first so that <c>min</c> is not read as <c>m</c>….</summary>
    private static string DurationPattern() =>
        $"^[0-9]*[1-9][0-9]*({string.Join('|', Enum.GetValues<DurationUnit>().Select(PlanDuration.Suffix).OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal))})$";
}
