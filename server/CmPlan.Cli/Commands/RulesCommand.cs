using CmPlan.Analysis.Diagnostics;
using CmPlan.Cli.Arguments;

namespace CmPlan.Cli.Commands;

/// <summary><c>cmplan rules</c>: every rule with its default severity and one-line summary.</summary>
public static class RulesCommand
{
    public static int Run(IReadOnlyList<string> args, CliEnvironment env)
    {
        var parsed = ArgumentParser.Parse(args, "rules", []);
        if (parsed.Help)
        {
            env.Out.Write(HelpTexts.Rules);
            return ExitCodes.Success;
        }

        if (!parsed.Positionals.IsEmpty)
        {
            throw new CliError("rules takes no argument (cmplan explain <rule-id> shows one rule)");
        }

        var width = RuleCatalog.All.Max(r => r.Id.Length);
        foreach (var group in RuleCatalog.All.GroupBy(r => r.IsStructural))
        {
            env.Out.WriteLine(group.Key ? "Structural (always errors, cannot be configured or silenced):" : "Configurable:");
            foreach (var rule in group)
            {
                env.Out.WriteLine($"  {rule.Id.PadRight(width)}  {rule.DefaultSeverity.ToString().ToLowerInvariant(),-7}  {rule.Summary}");
            }

            env.Out.WriteLine();
        }

        env.Out.WriteLine("cmplan explain <rule-id> prints a rule's documentation.");
        return ExitCodes.Success;
    }
}
