namespace CmPlan.Analysis.Model;

/// <summary>Where a post is in the team's approval (contract §3, 1.2: <c>status</c>).</summary>
public enum ApprovalStatus
{
    Draft,
    Review,
    Approved,
}
