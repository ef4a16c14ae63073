namespace CmPlan.Bench.Report;

/// <summary>The issue's targets, computed from the measurements (never typed in).</summary>
internal static class Targets
{
    public const double ServerMemoryMb = 200;

    public static IReadOnlyList<Target> Of(ReportInputs run)
    {
        var bdn = run.Bdn;
        var (reference, largest) = (run.Reference, run.Largest);
        var check = bdn.Median("CmPlanCheck", reference);
        var parse = bdn.Median("CmPlanParse", reference);
        var checkLargest = bdn.Median("CmPlanCheck", largest);
        var (cmplan, yaml) = (run.CmPlanLsp, run.YamlLsp);
        var hello = run.ColdStart.Commands.Single(c => c.Name == "hello");
        var cold = run.ColdStart.Commands.Single(c => c.Name == "cmplan");
        var helloNative = run.ColdStart.Commands.Single(c => c.Name == "hello-native");
        var coldNative = run.ColdStart.Commands.Single(c => c.Name == "cmplan-native");
        return
        [
            Target.OnRatio($"Whole check of {Markdown.Int(reference)} posts vs YamlDotNet loading them",
                bdn.Median("YamlDotNet", reference) / check, $"YamlDotNet {Markdown.Ms(bdn.Median("YamlDotNet", reference))} ÷ check {Markdown.Ms(check)}", 2, atLeast: true),
            Target.OnRatio($"Parse alone vs System.Text.Json, {Markdown.Int(reference)} posts",
                parse / bdn.Median("SystemTextJson", reference), $"parse {Markdown.Ms(parse)} ÷ STJ {Markdown.Ms(bdn.Median("SystemTextJson", reference))}", 5, atLeast: false),
            largest == reference
                ? new Target("Whole check, linear in the posts", "—", "≤ 5.5× for 5× the posts", null)
                : Target.OnRatio($"Whole check of {Markdown.Int(largest)} posts vs {Markdown.Int(reference)}",
                    checkLargest / check, $"{Markdown.Ms(checkLargest)} ÷ {Markdown.Ms(check)}", 1.1 * largest / reference, atLeast: false),
            .. run.CmPlanServers.Select(server => new Target($"Keystroke → diagnostics p95, {server.Result.File}, {server.Name}", Markdown.Ms(server.Result.P95Ms), "≤ 20 ms", server.Result.P95Ms <= 20)),
            Target.OnRatio("Keystroke p95 vs yaml-language-server",
                yaml.P95Ms / cmplan.P95Ms, $"yaml-language-server {Markdown.Ms(yaml.P95Ms)} ÷ cmplan {Markdown.Ms(cmplan.P95Ms)}", 5, atLeast: true),
            .. run.CmPlanServers.Select(server => MemoryTarget(server.Name, server.Result)),
            Target.OnRatio("Cold `cmplan check` of a small plan vs hello world, both native (medians)",
                coldNative.MedianMs / helloNative.MedianMs, $"cmplan {Markdown.Ms(coldNative.MedianMs)} ÷ hello {Markdown.Ms(helloNative.MedianMs)}", 2, atLeast: false),
            Target.OnRatio("Cold `cmplan check` vs hello world, both ReadyToRun (the framework-dependent build)",
                cold.MedianMs / hello.MedianMs, $"cmplan {Markdown.Ms(cold.MedianMs)} ÷ hello {Markdown.Ms(hello.MedianMs)}", 1.5, atLeast: false),
        ];
    }

    private static Target MemoryTarget(string name, LspResult server)
    {
        var memoryMb = Math.Max(server.RssAfterOpenKiB, server.RssEndKiB) * 1024 / 1e6;
        return new Target($"Server memory with {server.File} open (VmRSS), {name}", Markdown.F(memoryMb, "0.0") + " MB", $"≤ {ServerMemoryMb} MB", memoryMb <= ServerMemoryMb);
    }
}
