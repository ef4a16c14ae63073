using System.Globalization;
using CmPlan.Bench.Drivers;
using CmPlan.Bench.Report;

// The bench harness, one mode per step of bench/run.sh (see there).
return args switch
{
    ["generate", "--out", var output, .. var sizes] => Generate.Run(output, Ints(sizes)),
    ["selfcheck", .. var sizes] => SelfCheck.Run(Ints(sizes)),
    ["bdn", "--artifacts", var artifacts, .. var rest] => Bdn.Run(artifacts, rest),
    ["coldstart", "--runs", var runs, "--warmup", var warmup, "--out", var output, "--", .. var commands] =>
        ColdStart.Run(Int(runs), Int(warmup), output, commands),
    ["stages", "--posts", var posts, "--runs", var runs, "--out", var output] => Stages.Run(Int(posts), Int(runs), output),
    ["edits", "--posts", var posts, "--edits", var edits] => Edits.Run(Int(posts), Int(edits), "middle"),
    ["edits", "--posts", var posts, "--edits", var edits, "--at", var at] => Edits.Run(Int(posts), Int(edits), at),
    ["keystrokes", "--posts", var posts, "--edits", var edits] => Keystrokes.Run(Int(posts), Int(edits)),
    ["requests", "--posts", var posts, "--rounds", var rounds] => Requests.Run(Int(posts), Int(rounds), null),
    ["requests", "--posts", var posts, "--rounds", var rounds, "--only", var only] => Requests.Run(Int(posts), Int(rounds), only.Split(',')),
    ["report", "--in", var input, "--out", var output] => ReportWriter.Run(input, output),
    _ => Usage(),
};

static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

static IEnumerable<int> Ints(IEnumerable<string> texts) => texts.Select(Int);

static int Usage()
{
    Console.Error.WriteLine("""
        usage: CmPlan.Bench generate --out DIR SIZE…
               CmPlan.Bench selfcheck SIZE…
               CmPlan.Bench bdn --artifacts DIR [--smoke] [BenchmarkDotNet options]
               CmPlan.Bench coldstart --runs N --warmup W --out FILE -- NAME=COMMAND… …
               CmPlan.Bench stages --posts N --runs R --out FILE
               CmPlan.Bench edits --posts N --edits E [--at top|middle|bottom]
               CmPlan.Bench keystrokes --posts N --edits E
               CmPlan.Bench requests --posts N --rounds R [--only didChange,codeAction,…]
               CmPlan.Bench report --in DIR --out FILE
        """);
    return 2;
}
