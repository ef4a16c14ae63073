namespace CmPlan.Tests.Cli.Hardening;

/// <summary>
/// A theory that needs programs on PATH (tools/install.sh installs them: acl, attr, strace), or root
/// (<see cref="Root"/>: to give files to other users); skipped, saying why, where they cannot be had.
/// </summary>
public sealed class RequiresToolsTheoryAttribute : TheoryAttribute
{
    private bool root;

    public RequiresToolsTheoryAttribute(params string[] tools)
    {
        var missing = tools.Where(t => !Shell.Has(t)).ToList();
        if (missing.Count > 0)
        {
            Skip = $"needs {string.Join(", ", missing)} (tools/install.sh installs them with apt-get)";
        }
    }

    /// <summary>Needs root: only root gives a file to another user, and runs the CLI as one (setpriv).</summary>
    public bool Root
    {
        get => root;
        set
        {
            root = value;
            if (value && Environment.UserName != "root")
            {
                Skip ??= "needs root, to give files to other users and run the CLI as one of them";
            }
        }
    }
}
