using FamilyTies.Data;
using FamilyTies.Data.Visits;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.Bookings;

public sealed record BookingResult(Visit? Visit, IReadOnlyList<Refusal> Refusals, string? Problem)
{
    public bool Booked => Visit is not null;
}

/// <summary>
/// Books a visit: re-checks every rule on the server, takes a table from the session slot and (for convicted
/// prisoners) a visiting order, and saves it all at once. The slot and the balance rows carry concurrency tokens, so
/// when two staff take the last table or spend the last order at the same moment one save fails; it is retried
/// against fresh data (a bounded number of times) and then refused by the rules as full.
/// On SQLite each attempt runs inside <see cref="SqliteBookingGate"/>, so bookings in this process queue for the
/// database's single writer instead of polling for it (docs/decisions/0008-booking-race-bench.md).
/// </summary>
public sealed class BookVisitHandler(FamilyTiesDbContext db, BookingContextLoader loader, VisitingOrderLedger ledger, ILogger<BookVisitHandler> logger)
{
    public const int MaxAttempts = 8;

    public async Task<BookingResult> Handle(BookingForm form, bool isManager, CancellationToken ct = default)
    {
        if (!form.TryParseSlot(out var templateId, out var date))
        {
            return new BookingResult(null, [], "Choose a session");
        }
        // A refusal needs no turn at the writer: decide once outside the gate, and queue only to book.
        var preview = await loader.Load(form.PrisonerId, templateId, date, form.VisitorIds, isManager,
            form.OverbookReason, form.VisitingOrderOverrideReason, null, ct);
        if (preview is null)
        {
            return new BookingResult(null, [], "The prisoner, session or a visitor could not be found here");
        }
        var previewDecision = BookingRules.Decide(preview.Context);
        if (!previewDecision.Allowed)
        {
            return new BookingResult(null, previewDecision.Refusals, null);
        }
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            using var gate = await SqliteBookingGate.Enter(db, ct);
            db.ChangeTracker.Clear();
            var loaded = await loader.Load(form.PrisonerId, templateId, date, form.VisitorIds, isManager,
                form.OverbookReason, form.VisitingOrderOverrideReason, null, ct);
            if (loaded is null)
            {
                return new BookingResult(null, [], "The prisoner, session or a visitor could not be found here");
            }
            var decision = BookingRules.Decide(loaded.Context);
            if (!decision.Allowed)
            {
                return new BookingResult(null, decision.Refusals, null);
            }

            // The first booking in a session on a date creates its slot, here in this save (loading adds nothing).
            var slot = loader.SlotToBook(loaded);
            var visit = NewVisit(form, loaded.Context, slot, decision);
            db.Visits.Add(visit);
            if (decision.Closed) { slot.BookedClosed++; } else { slot.BookedOpen++; }
            slot.Version++;
            if (loaded.Context.SpendsVisitingOrder && !decision.VisitingOrderOverridden)
            {
                var balance = loaded.Balance ?? await ledger.BalanceFor(form.PrisonerId, loaded.Context.Prisoner.EstablishmentId, ct);
                ledger.Post(balance, VisitingOrderEntryType.UsedForVisit, -1, $"Visit {visit.Reference}", visit: visit);
                visit.UsedVisitingOrder = true;
            }
            try
            {
                await db.SaveChangesAsync(ct);
                logger.LogInformation("Visit {VisitId} booked for prisoner {PrisonerId} in slot {SlotId} (attempt {Attempt})",
                    visit.Id, visit.PrisonerId, slot.Id, attempt);
                return new BookingResult(visit, [], null);
            }
            catch (DbUpdateConcurrencyException)
            {
                logger.LogInformation("Booking for prisoner {PrisonerId} lost a race for slot {SlotId}; retrying", form.PrisonerId, slot.Id);
            }
            catch (Exception e) when (e is DbUpdateException update ? IsRetryable(update) : IsBusy(e))
            {
                // Another booking created the same slot or balance row first, a reference clashed, or the database was busy
                // (SQLite reports a writer it waited for too long as "database is locked", from BEGIN or from a statement).
                logger.LogInformation("Booking for prisoner {PrisonerId} met a duplicate key or a busy database; retrying", form.PrisonerId);
            }
            gate.Dispose();
            await Task.Delay(Random.Shared.Next(5, 40) * attempt, ct);
        }
        return new BookingResult(null, [], "The session is very busy and the booking could not be completed. Try again");
    }

    private Visit NewVisit(BookingForm form, BookingContext c, SessionSlot slot, BookingDecision decision)
    {
        var visit = new Visit
        {
            Reference = VisitReference.New(),
            PrisonerId = c.Prisoner.Id,
            SessionSlot = slot,
            Date = c.Date,
            StartTime = c.Session.StartTime,
            EndTime = c.Session.EndTime,
            Closed = decision.Closed,
            MainContactId = form.MainContactId,
            MainContactPhone = PhoneNumber.Normalise(form.MainContactPhone) ?? "",
            RequestMethod = form.ParsedRequestMethod ?? RequestMethod.Phone,
            OverbookReason = decision.Overbooked ? form.OverbookReason!.Trim() : "",
            VisitingOrderOverrideReason = decision.VisitingOrderOverridden ? form.VisitingOrderOverrideReason!.Trim() : "",
            Visitors = c.Visitors.Select(v => new VisitVisitor
            {
                ContactId = v.Contact.Id,
                AgeOnVisit = v.Contact.AgeOn(c.Date),
                Child = v.Contact.IsChildOn(c.Date, c.Establishment.AdultAge),
            }).ToList(),
        };
        form.CopySupportTo(visit);
        visit.Events.Add(new VisitEvent
        {
            At = db.Clock.GetUtcNow(),
            UserId = db.CurrentUser.UserId,
            Type = VisitEventType.Booked,
            Detail = $"Booked for {c.Date:dddd d MMMM yyyy}, {c.Session.StartTime:HH:mm} to {c.Session.EndTime:HH:mm}"
                     + (decision.Closed ? " (closed visit)" : "")
                     + (decision.Overbooked ? $". Overbooked: {form.OverbookReason!.Trim()}" : "")
                     + (decision.VisitingOrderOverridden ? $". Booked without a visiting order: {form.VisitingOrderOverrideReason!.Trim()}" : ""),
        });
        return visit;
    }

    /// <summary>SQLite's busy or locked error raised outside a save (beginning the transaction): worth another attempt.</summary>
    public static bool IsBusy(Exception e) =>
        e is System.Data.Common.DbException && e.Message.Contains("database is locked", StringComparison.OrdinalIgnoreCase);

    /// <summary>A unique-key clash or a busy/locked database: worth another attempt against fresh data.</summary>
    public static bool IsRetryable(DbUpdateException e)
    {
        var message = e.InnerException?.Message ?? "";
        return message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase)
               || message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase)
               || message.Contains("database is locked", StringComparison.OrdinalIgnoreCase)
               || message.Contains("deadlock", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>
/// SQLite admits one writer at a time. Left to itself, every other writer polls for the lock (Microsoft.Data.Sqlite
/// sleeps a thread between tries, in no particular order) and fails with "database is locked" after the 30-second
/// command timeout; with hundreds of staff booking at once the blocked threads starve the thread pool, the writer
/// holding the lock waits for a thread, and bookings fail as server errors (measured by the booking-race bench).
/// This gate makes bookings in this process take turns instead: they wait asynchronously, in turn, without holding a
/// thread, and each reads, decides and saves without anyone in between, so none loses a race it would have to retry.
/// The slot's concurrency token still guards writers outside the gate. SQL Server locks rows and needs no gate.
/// </summary>
public static class SqliteBookingGate
{
    private static readonly SemaphoreSlim Writer = new(1, 1);

    public static async Task<IDisposable> Enter(DbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            return Open.Instance;
        }
        await Writer.WaitAsync(ct);
        return new Held();
    }

    private sealed class Held : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                Writer.Release();
            }
        }
    }

    private sealed class Open : IDisposable
    {
        public static readonly Open Instance = new();

        public void Dispose()
        {
        }
    }
}
