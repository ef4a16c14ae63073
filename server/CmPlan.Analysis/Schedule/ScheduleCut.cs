namespace CmPlan.Analysis.Schedule;

/// <summary>Why a post's or queue's expansion stopped (contract §4): the bound that holds the next publication back.</summary>
public enum ScheduleCut
{
    /// <summary>Nothing: the publication goes out.</summary>
    None,

    /// <summary>The repeat's <c>times</c>, or a queue's passes (<c>recycle times</c>, or no <c>recycle</c>).</summary>
    Times,

    /// <summary>The repeat's or recycle's <c>until</c>.</summary>
    Until,

    /// <summary>The plan's <c>end</c>.</summary>
    PlanEnd,

    /// <summary>One year after the first publication, without a plan <c>end</c>.</summary>
    Horizon,

    /// <summary>The end of the calendar: after 9999-12-31 in the plan's zone.</summary>
    Calendar,

    /// <summary>A queue with no live item left.</summary>
    NoLiveItem,

    /// <summary>The plan-wide budget of publications.</summary>
    Budget,
}
