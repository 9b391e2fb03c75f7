using System.Collections.Concurrent;

namespace FamilyTies.Web.Infrastructure;

/// <summary>
/// Requests that ask for the same expensive answer while it is being worked out wait for that one run instead of
/// starting their own (decision 0034). Nothing is kept: once a run ends, success or failure, the next request for the
/// key starts a new one, so an answer is never older than the run it came from. A failed run fails every request that
/// waited on it, and the next request tries again.
/// </summary>
public class SharedRuns<TKey, TValue> where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Lazy<Task<TValue>>> running = new();

    /// <summary>How many runs are under way (for tests).</summary>
    public int Running => running.Count;

    /// <summary>The answer for <paramref name="key"/>: from the run under way if there is one, otherwise from a new run of <paramref name="run"/>.</summary>
    public Task<TValue> RunAsync(TKey key, Func<Task<TValue>> run)
    {
        Lazy<Task<TValue>>? mine = null;
        var shared = running.GetOrAdd(key, _ => mine = new Lazy<Task<TValue>>(() => Start(run)));
        var task = shared.Value;
        if (ReferenceEquals(shared, mine))
        {
            // Only the request that started the run removes it, and only that entry (a later run for the key is another).
            _ = task.ContinueWith(_ => running.TryRemove(new KeyValuePair<TKey, Lazy<Task<TValue>>>(key, shared)),
                CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        return task;
    }

    private static async Task<TValue> Start(Func<Task<TValue>> run) => await run();
}
