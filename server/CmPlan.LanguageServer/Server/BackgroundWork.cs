namespace CmPlan.LanguageServer.Server;

/// <summary>The requests' work running off the message loop, so that <c>shutdown</c> can be answered after all of it. Used from the loop only.</summary>
public sealed class BackgroundWork
{
    private readonly List<Task> running = [];

    public void Add(Task work)
    {
        running.RemoveAll(t => t.IsCompleted);
        running.Add(work);
    }

    public async Task WhenDone()
    {
        // A failure to answer was the work's own to report; shutdown is answered all the same.
        await Task.WhenAll(running).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        running.Clear();
    }
}
