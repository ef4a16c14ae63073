using System.Collections.Immutable;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Diagnostics;

/// <summary>One finding in one document, in offsets: adapters turn spans into lines and columns.</summary>
public sealed record Diagnostic(
    string Rule,
    Severity Severity,
    TextSpan Span,
    string Message,
    ImmutableArray<RelatedInformation> Related,
    ImmutableArray<CodeFix> Fixes)
{
    public Diagnostic(string rule, Severity severity, TextSpan span, string message)
        : this(rule, severity, span, message, [], [])
    {
    }
}
