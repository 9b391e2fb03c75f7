using FamilyTies.Data.Visits;
using FamilyTies.Domain.Visits;
using Microsoft.Extensions.Options;

namespace FamilyTies.Web.Features.VisitingOrders;

public sealed class VisitingOrderAllocationOptions
{
    public const string Section = "VisitingOrders";

    /// <summary>Run the monthly allocation in this process (default on). Turn off where another instance runs it.</summary>
    public bool AllocationEnabled { get; set; } = true;

    /// <summary>How often to check; a run also starts at the turn of each month (London time).</summary>
    public TimeSpan AllocationInterval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// Runs the visiting-order allocation for the current month at start-up, then every interval and at midnight on the
/// 1st (Europe/London). Allocation is idempotent, so a run that finds nothing due does nothing, and two instances
/// running at once allocate once. A failed run is logged and tried again at the next tick; it never stops the app.
/// </summary>
public sealed class VisitingOrderAllocationService(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<VisitingOrderAllocationOptions> options,
    ILogger<VisitingOrderAllocationService> logger) : BackgroundService
{
    private readonly Lock _lock = new();
    private TaskCompletionSource<AllocationResult?> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<AllocationResult?> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset _startedAt;

    /// <summary>Completes when the start-up run has finished (null when it failed or allocation is turned off).</summary>
    public Task<AllocationResult?> FirstRun => _first.Task;

    /// <summary>Completes when the next run has finished (null when it failed) and the wait for the one after has begun.</summary>
    public Task<AllocationResult?> NextRun
    {
        get
        {
            lock (_lock)
            {
                return _next.Task;
            }
        }
    }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Taken before the host finishes starting: the first run covers the prisoners recorded before start-up.
        _startedAt = clock.GetUtcNow();
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.AllocationEnabled)
        {
            logger.LogInformation("Visiting-order allocation is turned off (VisitingOrders:AllocationEnabled)");
            _first.TrySetResult(null);
            return;
        }
        await Task.Yield();
        var recordedBefore = _startedAt;
        while (!stoppingToken.IsCancellationRequested)
        {
            var result = await RunOnce(recordedBefore, stoppingToken);
            var now = clock.GetUtcNow();
            var turnOfMonth = VisitingOrderRules.NextPeriodStart(now) - now + TimeSpan.FromSeconds(1);
            var wait = turnOfMonth < settings.AllocationInterval ? turnOfMonth : settings.AllocationInterval;
            var delay = Task.Delay(wait, clock, stoppingToken);
            Signal(result);
            try
            {
                await delay;
            }
            catch (OperationCanceledException)
            {
                return;
            }
            recordedBefore = clock.GetUtcNow();
        }
    }

    private async Task<AllocationResult?> RunOnce(DateTimeOffset recordedBefore, CancellationToken ct)
    {
        var period = VisitingOrderRules.PeriodOf(clock.GetUtcNow());
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var allocation = scope.ServiceProvider.GetRequiredService<VisitingOrderAllocation>();
            var result = await allocation.AllocateAsync(period, recordedBefore, ct);
            logger.LogInformation("Visiting-order allocation for {Period}: {Allocated} allocated, {AlreadyAllocated} already allocated, {Failed} failed, across {Establishments} establishments",
                result.Period, result.Allocated, result.AlreadyAllocated, result.Failed, result.Establishments);
            return result;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Visiting-order allocation for {Period} failed; it is tried again at the next run", period);
            return null;
        }
    }

    private void Signal(AllocationResult? result)
    {
        TaskCompletionSource<AllocationResult?> done;
        lock (_lock)
        {
            done = _next;
            _next = new TaskCompletionSource<AllocationResult?>(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        _first.TrySetResult(result);
        done.TrySetResult(result);
    }
}
