using FamilyTies.Data.Concurrency;
using FamilyTies.Domain.Visits;
using Microsoft.Extensions.Logging;

namespace FamilyTies.Data.Booking;

/// <summary>
/// One bookable thing: a visit today; a video call or a family-day place next. The engine owns the order (load once,
/// decide, take the capacity in the writer turn, save); an implementation owns what is read, the rules and the capacity.
/// </summary>
/// <typeparam name="TRequest">What staff asked for (their answers and who they are).</typeparam>
/// <typeparam name="TLoaded">Everything the rules and the check page need.</typeparam>
/// <typeparam name="TBooked">The record a successful booking adds.</typeparam>
public interface IBookable<in TRequest, TLoaded, TBooked> where TLoaded : class where TBooked : class
{
    /// <summary>Reads everything once, outside the writer turn. Decides nothing and adds nothing. Null: not found here.</summary>
    Task<TLoaded?> LoadAsync(TRequest request, CancellationToken ct);

    /// <summary>The rules: every refusal, or none to go ahead. Plain code on loaded data, no database.</summary>
    IReadOnlyList<Refusal> Refusals(TLoaded loaded);

    /// <summary>In the writer turn: re-reads (tracked) only what another booking may have taken since loading: capacity, balances.</summary>
    Task<TLoaded> RefreshAsync(TLoaded loaded, TRequest request, CancellationToken ct);

    /// <summary>Takes the capacity and adds the new record to the context; the engine saves it all at once.</summary>
    TBooked Take(TLoaded loaded, TRequest request);
}

/// <summary>
/// What one call to <see cref="BookingEngine.BookAsync{TRequest,TLoaded,TBooked}"/> gives: the record booked, or the
/// refusals (or a problem) with what was loaded, so a refused POST re-renders its check page without loading again.
/// </summary>
public sealed record BookingOutcome<TLoaded, TBooked>(TBooked? Booked, IReadOnlyList<Refusal> Refusals, string? Problem, TLoaded? Loaded)
    where TLoaded : class where TBooked : class
{
    public bool Succeeded => Booked is not null;
}

/// <summary>
/// Books anything bookable in one pass: <see cref="IBookable{TRequest,TLoaded,TBooked}.LoadAsync"/> once and decide
/// outside the writer turn (a refusal never queues, decision 0008); then, through <see cref="ContendedWrite"/>,
/// refresh what is contended, decide again, take and save, retried on a lost race. docs/decisions/0016-booking-engine.md.
/// </summary>
public sealed class BookingEngine(FamilyTiesDbContext db, ILogger<BookingEngine> logger)
{
    public const string NotFound = "The prisoner, session or a visitor could not be found here";
    public const string Busy = "The session is very busy and the booking could not be completed. Try again";

    public async Task<BookingOutcome<TLoaded, TBooked>> BookAsync<TRequest, TLoaded, TBooked>(
        IBookable<TRequest, TLoaded, TBooked> bookable, TRequest request, CancellationToken ct = default)
        where TLoaded : class where TBooked : class
    {
        var loaded = await bookable.LoadAsync(request, ct);
        if (loaded is null)
        {
            return new(null, [], NotFound, null);
        }
        var refusals = bookable.Refusals(loaded);
        if (refusals.Count > 0)
        {
            return new(null, refusals, null, loaded);
        }
        var run = await ContendedWrite.RunAsync(db, async (_, c) =>
        {
            var fresh = await bookable.RefreshAsync(loaded, request, c);
            var now = bookable.Refusals(fresh);
            if (now.Count > 0)
            {
                return new BookingOutcome<TLoaded, TBooked>(null, now, null, fresh);
            }
            var booked = bookable.Take(fresh, request);
            await db.SaveChangesAsync(c);
            return new BookingOutcome<TLoaded, TBooked>(booked, [], null, fresh);
        }, logger: logger, ct: ct);
        return run.Completed ? run.Value! : new(null, [], Busy, loaded);
    }
}
