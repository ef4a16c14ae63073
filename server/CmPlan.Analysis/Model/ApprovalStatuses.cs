using System.Collections.Immutable;

namespace CmPlan.Analysis.Model;

/// <summary>The words of <c>status</c> (contract §3, 1.2), in <see cref="ApprovalStatus"/> order: one list for the binder, completion and outputs.</summary>
public static class ApprovalStatuses
{
    public static ImmutableArray<string> Words { get; } = ["draft", "review", "approved"];

    public static string Name(ApprovalStatus status) => Words[(int)status];
}
