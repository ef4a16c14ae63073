using System.Buffers;
using CmPlan.Analysis;

namespace CmPlan.LanguageServer.Server;

/// <summary>How the server analyses documents (clock and <c>cmplan.json</c>), when it gives memory back after a burst of work, and where its messages are serialized.</summary>
public sealed record ServerOptions(AnalysisOptions Analysis)
{
    /// <summary>Analyses with "now" the system clock read to the minute (<see cref="PlanClock.SystemToTheMinute"/>) unless <c>cmplan.now</c> says otherwise.</summary>
    public static ServerOptions Default { get; } = new(AnalysisOptions.Default with { Clock = PlanClock.SystemToTheMinute });

    public AllocationSpike Spike { get; init; } = AllocationSpike.Default;

    /// <summary>The full collection made when the server is idle (<see cref="IdleCollection"/>); made new for each run, since it counts.</summary>
    public Func<IdleCollection> Idle { get; init; } = () => IdleCollection.Default;

    /// <summary>The pool outgoing messages are serialized into (<see cref="Protocol.MessagePool"/>).</summary>
    public ArrayPool<byte> Pool { get; init; } = ArrayPool<byte>.Shared;
}
