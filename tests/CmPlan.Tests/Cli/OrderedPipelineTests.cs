using CmPlan.Cli.Running;

namespace CmPlan.Tests.Cli;

/// <summary><see cref="OrderedPipeline"/>: results in input order, a bounded window, and no work cut short.</summary>
public class OrderedPipelineTests
{
    [Fact]
    public void Results_come_in_input_order_even_when_later_items_finish_first()
    {
        // The first items take longest: in completion order they would come last.
        var results = OrderedPipeline.Run(Enumerable.Range(0, 12), i => { Thread.Sleep((12 - i) * 5); return i * i; }, jobs: 4).ToList();
        Assert.Equal(Enumerable.Range(0, 12).Select(i => i * i), results);
    }

    [Fact]
    public void At_most_jobs_items_are_worked_on_or_waiting_to_be_taken()
    {
        var started = 0;
        using var results = OrderedPipeline.Run(Enumerable.Range(0, 20), i => Interlocked.Increment(ref started), jobs: 3).GetEnumerator();
        Assert.True(results.MoveNext());
        Thread.Sleep(50);
        Assert.InRange(Volatile.Read(ref started), 1, 4);
    }

    [Fact]
    public void Leaving_early_waits_for_the_work_under_way_and_starts_no_more()
    {
        var finished = 0;
        var consumed = 0;
        Assert.Throws<IOException>(() =>
        {
            foreach (var _ in OrderedPipeline.Run(Enumerable.Range(0, 50), i => { Thread.Sleep(20); return Interlocked.Increment(ref finished); }, jobs: 4))
            {
                consumed++;
                throw new IOException("the reader went away");
            }
        });
        var atExit = Volatile.Read(ref finished);
        Thread.Sleep(100);
        Assert.Equal(1, consumed);
        Assert.Equal(atExit, Volatile.Read(ref finished));
        Assert.InRange(atExit, 4, 5);
    }

    [Fact]
    public void One_job_works_on_the_callers_thread()
    {
        var caller = Environment.CurrentManagedThreadId;
        Assert.All(OrderedPipeline.Run([1, 2, 3], _ => Environment.CurrentManagedThreadId, jobs: 1), id => Assert.Equal(caller, id));
    }

    [Fact]
    public void A_single_item_works_on_the_callers_thread_whatever_the_jobs()
    {
        var caller = Environment.CurrentManagedThreadId;
        Assert.Equal([caller], OrderedPipeline.Run([1], _ => Environment.CurrentManagedThreadId, jobs: 4));
    }
}
