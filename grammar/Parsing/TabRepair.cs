using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;

namespace CmPlan.Grammar.Parsing;

/// <summary>
/// Tabs in indentation (a <c>syntax</c> error, contract §2) and what replaces them: spaces, a tab
/// reaching the next multiple of <see cref="TabStop"/> — the canonical indentation step, so a plan
/// indented with one tab per level reads as the formatter writes it.
/// </summary>
public static class TabRepair
{
    public const int TabStop = 2;

    private const string Title = "Indent with spaces";

    /// <summary>The width of <paramref name="indentation"/> (blanks only) once its tabs are expanded.</summary>
    public static int Width(ReadOnlySpan<char> indentation)
    {
        var width = 0;
        foreach (var c in indentation)
        {
            width = c == '\t' ? (width / TabStop + 1) * TabStop : width + 1;
        }

        return width;
    }

    internal static Replacement Fix(TextSpan indentation, int spaces) => new(indentation, new string(' ', spaces), Title);

    /// <summary>Whether <paramref name="diagnostic"/> reports a tab in indentation, with its repair.</summary>
    public static bool IsTabIndentation(SyntaxDiagnostic diagnostic) => diagnostic.Fix is { } fix && IsTabFix(fix);

    /// <summary>Whether <paramref name="replacement"/> is this repair (the analysis titles it in the user's language).</summary>
    public static bool IsTabFix(Replacement replacement) => replacement.Title == Title;
}
