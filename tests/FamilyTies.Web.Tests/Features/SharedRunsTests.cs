using FamilyTies.Web.Infrastructure;

namespace FamilyTies.Web.Tests.Features;

/// <summary>Requests for the same answer while it is worked out share one run; nothing is kept once it ends (decision 0034).</summary>
public sealed class SharedRunsTests
{
    [Fact]
    public async Task Requests_for_the_same_key_during_a_run_wait_for_it_and_another_key_runs_on_its_own()
    {
        var runs = new SharedRuns<string, int>();
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = 0;
        Task<int> Slow() { Interlocked.Increment(ref started); return release.Task; }

        var first = runs.RunAsync("2026-11", Slow);
        var second = runs.RunAsync("2026-11", Slow);
        var other = runs.RunAsync("2026-10", () => { Interlocked.Increment(ref started); return Task.FromResult(7); });
        Assert.Equal(7, await other);
        Assert.False(first.IsCompleted);
        Assert.Equal(2, started); // one run for 2026-11, one for 2026-10

        release.SetResult(42);
        var answers = await Task.WhenAll(first, second);
        Assert.Equal(new[] { 42, 42 }, answers);
        Assert.Equal(2, started);
    }

    [Fact]
    public async Task Once_a_run_ends_the_next_request_starts_a_new_one_so_no_answer_is_kept()
    {
        var runs = new SharedRuns<string, int>();
        var count = 0;
        Assert.Equal(1, await runs.RunAsync("k", () => Task.FromResult(Interlocked.Increment(ref count))));
        Assert.Equal(2, await runs.RunAsync("k", () => Task.FromResult(Interlocked.Increment(ref count))));
        Assert.Equal(0, runs.Running);
    }

    [Fact]
    public async Task A_failed_run_fails_every_request_that_waited_and_the_next_request_tries_again()
    {
        var runs = new SharedRuns<string, int>();
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = runs.RunAsync("k", () => release.Task);
        var second = runs.RunAsync("k", () => Task.FromResult(0));
        release.SetException(new InvalidOperationException("database busy"));
        Assert.Equal("database busy", (await Assert.ThrowsAsync<InvalidOperationException>(() => first)).Message);
        Assert.Equal("database busy", (await Assert.ThrowsAsync<InvalidOperationException>(() => second)).Message);
        Assert.Equal(5, await runs.RunAsync("k", () => Task.FromResult(5)));
        // A run that throws before its first await fails its requests the same way, and is not kept either.
        await Assert.ThrowsAsync<ArgumentException>(() => runs.RunAsync("k", () => throw new ArgumentException("bad month")));
        Assert.Equal(0, runs.Running);
    }
}
