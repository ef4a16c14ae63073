namespace CmPlan.Cli.Running;

/// <summary>
/// Runs one piece of work per item on the thread pool and hands the results back in input order,
/// so a command's output reads exactly as a run on one core would write it. At most
/// <c>jobs</c> items are in flight or finished but not yet taken: the results of a large folder
/// are not all alive at once. With one job, or a single item, the work runs on the caller's thread,
/// one item at a time: a one-file command starts no pool threads (a native start's cost).
/// </summary>
public static class OrderedPipeline
{
    public static IEnumerable<TResult> Run<TItem, TResult>(IEnumerable<TItem> items, Func<TItem, TResult> work, int jobs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        return jobs == 1 || items is IReadOnlyCollection<TItem> { Count: <= 1 } ? items.Select(work) : Parallel(items, work, jobs);
    }

    private static IEnumerable<TResult> Parallel<TItem, TResult>(IEnumerable<TItem> items, Func<TItem, TResult> work, int jobs)
    {
        var window = new Queue<Task<TResult>>(jobs);
        try
        {
            foreach (var item in items)
            {
                if (window.Count == jobs)
                {
                    // GetResult, not Result: a failure surfaces as itself, not wrapped in an AggregateException.
                    yield return window.Dequeue().GetAwaiter().GetResult();
                }

                window.Enqueue(Task.Run(() => work(item)));
            }

            while (window.Count > 0)
            {
                yield return window.Dequeue().GetAwaiter().GetResult();
            }
        }
        finally
        {
            // Left early (the output failed): no new work starts, and the work under way ends before
            // the command does, so no write of fix or format is cut short by the process exiting.
            Task.WaitAll(window.Select(task => task.ContinueWith(_ => { }, TaskScheduler.Default)));
        }
    }
}
