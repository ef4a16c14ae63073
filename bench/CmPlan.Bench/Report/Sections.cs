using System.Text;

namespace CmPlan.Bench.Report;

/// <summary>The report's measurement sections, one method each.</summary>
internal static class Sections
{
    public static void Machine(StringBuilder text, ReportInputs run)
    {
        var machine = Report.Machine.Read();
        var loads = run.LoadAverages;
        text.Append("## Machine\n\n");
        Markdown.Table(text, ["", ""],
        [
            ["CPU", $"{machine.Cpu}, {machine.Cores} cores"],
            ["Memory", Markdown.F(machine.MemoryGiB, "0.0") + " GiB"],
            ["OS", machine.Os],
            [".NET", run.Bdn.Host],
            ["Node", run.YamlLsp.Node],
            ["Load average (1 min) at each step", string.Join(", ", loads.Select(l => Markdown.F(l, "0.0")))],
        ]);
        if (loads.Max() > machine.Cores * 0.75)
        {
            text.Append($"**Noisy run**: the machine was busy with other work (load average up to {Markdown.F(loads.Max(), "0.0")} ")
                .Append($"on {machine.Cores} cores), so absolute times are pessimistic and vary between runs; medians are shown, ")
                .Append("and the ratios, measured side by side in one run, are the more reliable reading.\n\n");
        }
    }

    public static void Reading(StringBuilder text, ReportInputs run)
    {
        var bdn = run.Bdn;
        text.Append("## Reading a plan: CmPlan next to JSON and YAML\n\n")
            .Append("Median time per call (BenchmarkDotNet). The last two columns are the ratios of the targets.\n\n");
        Markdown.Table(text,
            ["Posts", ".cmplan / JSON / YAML", "CmPlan parse", "CmPlan whole check", "System.Text.Json", "YamlDotNet", "YamlDotNet ÷ check", "parse ÷ STJ"],
            bdn.Sizes.Select(size => new[]
            {
                Markdown.Int(size),
                $"{Markdown.Mb(run.FileBytes(size, "cmplan"))} / {Markdown.Mb(run.FileBytes(size, "json"))} / {Markdown.Mb(run.FileBytes(size, "yaml"))}",
                Markdown.Ms(bdn.Median("CmPlanParse", size)),
                Markdown.Ms(bdn.Median("CmPlanCheck", size)),
                Markdown.Ms(bdn.Median("SystemTextJson", size)),
                Markdown.Ms(bdn.Median("YamlDotNet", size)),
                Markdown.Ratio(bdn.Median("YamlDotNet", size) / bdn.Median("CmPlanCheck", size)),
                Markdown.Ratio(bdn.Median("CmPlanParse", size) / bdn.Median("SystemTextJson", size)),
            }));
        text.Append("Memory allocated per call (BenchmarkDotNet's MemoryDiagnoser, managed heap):\n\n");
        Markdown.Table(text, ["Posts", "CmPlan parse", "CmPlan whole check", "System.Text.Json", "YamlDotNet"],
            bdn.Sizes.Select(size => new[] { Markdown.Int(size) }
                .Concat(new[] { "CmPlanParse", "CmPlanCheck", "SystemTextJson", "YamlDotNet" }.Select(m => Markdown.Mb(bdn.Find(m, size)?.AllocatedBytes)))
                .ToArray()));
    }

    /// <summary>Issue 15: a folder of copies of one plan, checked on every core and one at a time, next to the one file.</summary>
    public static void Folder(StringBuilder text, ReportInputs run)
    {
        var bdn = run.Bdn;
        var rows = bdn.Rows.Where(r => r.Method == "CheckFolder").Select(r => r.Posts).Distinct().Order().ToList();
        if (rows.Count == 0)
        {
            return;
        }

        text.Append("## Checking a folder: every core\n\n")
            .Append($"`cmplan check` in process (output discarded), median time per run (BenchmarkDotNet): one plan, then a folder of ")
            .Append($"{Benchmarks.CheckFolderBenchmarks.Copies} copies of it, on every core and with `--jobs 1`.\n\n");
        Markdown.Table(text, ["Posts", "one file", "folder", "folder, --jobs 1", "folder ÷ one file", "--jobs 1 ÷ every core"],
            rows.Select(size => new[]
            {
                Markdown.Int(size),
                Markdown.Ms(bdn.Median("CheckOneFile", size)),
                Markdown.Ms(bdn.Median("CheckFolder", size)),
                Markdown.Ms(bdn.Median("CheckFolderOneJob", size)),
                Markdown.Ratio(bdn.Median("CheckFolder", size) / bdn.Median("CheckOneFile", size)),
                Markdown.Ratio(bdn.Median("CheckFolderOneJob", size) / bdn.Median("CheckFolder", size)),
            }));
    }

    public static void Plans(StringBuilder text, ReportInputs run)
    {
        text.Append("## The generated plans\n\n")
            .Append("What `cmplan check --now 2026-12-01` reports on each generated plan: mostly valid, with a few mistakes of every kind.\n\n");
        Markdown.Table(text, ["Posts", "Diagnostics", "Errors", "Warnings", "Infos", "Hints", "By rule"],
            run.Checks.OrderBy(c => c.Key).Select(c => new[]
            {
                Markdown.Int(c.Key), Markdown.Int(c.Value.Total), Markdown.Int(c.Value.Errors), Markdown.Int(c.Value.Warnings),
                Markdown.Int(c.Value.Infos), Markdown.Int(c.Value.Hints),
                string.Join(", ", c.Value.Rules.Select(r => $"{r.Rule} {r.Count}")),
            }));
    }

    public static void Stages(StringBuilder text, ReportInputs run)
    {
        var stages = run.Stages;
        var total = stages.Stages.Sum(s => s.MedianMs);
        text.Append($"## Where a whole check's time goes ({Markdown.Int(stages.Posts)} posts)\n\n")
            .Append($"The steps of `PlanAnalyzer.Analyze` timed one by one (stopwatch, median of {stages.Runs} runs after a warm-up; ")
            .Append($"{Markdown.Int(stages.Publications)} publications in the schedule).\n\n");
        Markdown.Table(text, ["Stage", "Median", "Share"],
            stages.Stages.Select(s => new[] { s.Stage, Markdown.Ms(s.MedianMs), Markdown.F(100 * s.MedianMs / total, "0") + " %" }));
    }

    public static void Keystrokes(StringBuilder text, ReportInputs run)
    {
        (string Name, LspResult Result)[] servers = [.. run.CmPlanServers, ($"yaml-language-server {run.YamlLsp.ServerVersion}", run.YamlLsp)];
        text.Append("## Keystroke to diagnostics\n\n")
            .Append($"{run.CmPlanLsp.Edits} one-character edits (after {run.CmPlanLsp.Warmup} of warm-up) inside the text of post `{run.CmPlanLsp.Post}`")
            .Append($"{(run.YamlLsp.Post == run.CmPlanLsp.Post ? ", the same post in both files" : $" (YAML: `{run.YamlLsp.Post}`)")}.")
            .Append(run.CmPlanNativeLsp is null ? "\n\n" : " cmplan twice: the ReadyToRun build (the dotnet tool, the universal VS Code package) and the native one (the linux-x64 package, the README's install).\n\n");
        Markdown.Table(text,
            ["Server", "File", "p50", "p95", "max", "first edit", "open → diagnostics", "diagnostics at open", "VmRSS open / after edits", "VmHWM"],
            servers.Select(server =>
            {
                var s = server.Result;
                return new[]
                {
                    server.Name,
                    s.File, Markdown.Ms(s.P50Ms), Markdown.Ms(s.P95Ms), Markdown.Ms(s.MaxMs), Markdown.Ms(s.FirstEditMs), Markdown.Ms(s.OpenMs),
                    Markdown.Int(s.DiagnosticsAtOpen), $"{Markdown.Mb(s.RssAfterOpenKiB * 1024.0)} / {Markdown.Mb(s.RssEndKiB * 1024.0)}", Markdown.Mb(s.HwmEndKiB * 1024.0),
                };
            }));
        if (run.YamlLsp.DebounceMs is { } debounce)
        {
            text.Append($"yaml-language-server waits {Markdown.Ms(debounce)} after a change before it validates (`validationDelayMs`, ")
                .Append("fixed in its source, not a setting): that wait is part of what its users feel, and part of its times above. ")
                .Append($"Without it, its p95 would be {Markdown.Ms(run.YamlLsp.P95Ms - debounce)}, ")
                .Append($"{Markdown.Ratio((run.YamlLsp.P95Ms - debounce) / run.CmPlanLsp.P95Ms)} cmplan's.\n\n");
        }
    }

    public static void ColdStart(StringBuilder text, ReportInputs run)
    {
        var cold = run.ColdStart;
        text.Append("## Cold start\n\n")
            .Append($"{cold.Runs} starts of each (after {cold.Warmup} of warm-up), in turns.\n\n");
        Markdown.Table(text, ["Command", "median", "p95", "min", "max", "exit code"],
            cold.Commands.Select(c => new[] { $"`{c.CommandLine}`", Markdown.Ms(c.MedianMs), Markdown.Ms(c.P95Ms), Markdown.Ms(c.MinMs), Markdown.Ms(c.MaxMs), c.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
    }
}
