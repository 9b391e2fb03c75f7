using FamilyTies.Data;
using FamilyTies.Data.Booking;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;
using FamilyTies.Domain.VideoCalls;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.VideoCalls;

/// <summary>What staff asked to book: the prisoner, the session on a date, who takes part and the kind of call.</summary>
public sealed record VideoCallRequest(int PrisonerId, int SessionId, DateOnly Date, IReadOnlyCollection<int> ContactIds, int? MainCallerContactId,
    VideoCallKind Kind, string ArrangedBy);

/// <summary>Loaded once for the rules; <see cref="Slot"/> is tracked once refreshed (null: nothing booked there yet).</summary>
public sealed record VideoCallLoaded(VideoBookingContext Context, VideoSlot? Slot);

/// <summary>
/// Loads what the video-call rules need. Reading decides nothing and adds nothing; the contended rows (the session's
/// slot on the date and the prisoner's calls that month, which give the allowance used) are read again in the writer turn.
/// </summary>
public sealed class VideoCallLoader(FamilyTiesDbContext db, TimeProvider clock)
{
    public async Task<VideoCallLoaded?> Load(VideoCallRequest r, CancellationToken ct = default)
    {
        var prisoner = await db.Prisoners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == r.PrisonerId, ct);
        var session = await db.VideoSessions.AsNoTracking().Include(s => s.Resource).SingleOrDefaultAsync(s => s.Id == r.SessionId, ct);
        if (prisoner is null || session is null)
        {
            return null;
        }
        var establishment = await db.Establishments.AsNoTracking().SingleAsync(e => e.Id == prisoner.EstablishmentId, ct);
        var wanted = r.ContactIds.Distinct().ToList();
        var links = await db.PrisonerContacts.AsNoTracking().Include(l => l.Contact)
            .Where(l => l.PrisonerId == prisoner.Id && wanted.Contains(l.ContactId)).ToListAsync(ct);
        if (links.Count != wanted.Count)
        {
            return null;
        }
        var linkIds = links.Select(l => l.Id).ToList();
        var restrictions = await db.Restrictions.AsNoTracking()
            .Where(x => x.EndedAt == null && (x.PrisonerId == prisoner.Id
                        || (x.ContactId != null && wanted.Contains(x.ContactId.Value))
                        || (x.PrisonerContactId != null && linkIds.Contains(x.PrisonerContactId.Value))))
            .ToListAsync(ct);
        var participants = links.Select(l => new BookingVisitor(l.Contact!, l,
            restrictions.Where(x => x.ContactId == l.ContactId || x.PrisonerContactId == l.Id).ToList())).ToList();
        var blocks = await db.VideoBlocks.AsNoTracking().Where(b => b.FromDate <= r.Date && b.ToDate >= r.Date).ToListAsync(ct);
        var month = MonthOf(r.Date);
        var extras = await db.VideoCallExtras.AsNoTracking().Where(x => x.PrisonerId == prisoner.Id && x.Month == month).ToListAsync(ct);
        var exchanged = await OrdersExchanged(prisoner.Id, r.Date, ct);
        var (slot, calls) = await Contended(r, tracked: false, ct);
        var context = new VideoBookingContext(establishment, prisoner, session, r.Date, participants, r.MainCallerContactId,
            restrictions.Where(x => x.PrisonerId == prisoner.Id).ToList(), blocks, slot?.Booked ?? 0,
            calls.Where(c => c.Date == r.Date).ToList(),
            VideoAllowance.For(establishment, extras, exchanged, calls), r.Kind, clock.Today());
        return new VideoCallLoaded(context, slot);
    }

    public async Task<VideoCallLoaded> Refresh(VideoCallLoaded loaded, VideoCallRequest r, CancellationToken ct = default)
    {
        var (slot, calls) = await Contended(r, tracked: true, ct);
        var a = loaded.Context.Allowance;
        var used = calls.Where(c => c.Kind == VideoCallKind.Allowance).ToList();
        var context = loaded.Context with
        {
            SlotBooked = slot?.Booked ?? 0,
            PrisonerCallsThatDay = calls.Where(c => c.Date == r.Date).ToList(),
            Allowance = a with { UsedCalls = used.Count, UsedMinutes = used.Sum(c => c.BookedMinutes) },
        };
        return new VideoCallLoaded(context, slot);
    }

    /// <summary>The London month of a date, "2026-12".</summary>
    public static string MonthOf(DateOnly date) => date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Visiting orders the prisoner exchanged for video calls in the date's London month (the ledger's foreign-national
    /// substitution that takes an order: <see cref="VisitingOrderRules.ChangeFor"/>).
    /// </summary>
    public async Task<int> OrdersExchanged(int prisonerId, DateOnly date, CancellationToken ct = default)
    {
        var first = new DateOnly(date.Year, date.Month, 1);
        var from = LondonTime.ToInstant(first, TimeOnly.MinValue);
        var to = LondonTime.ToInstant(first.AddMonths(1), TimeOnly.MinValue);
        var change = VisitingOrderRules.ChangeFor(ForeignNationalSubstitution.VideoCallsInstead);
        return await db.VisitingOrderEntries.AsNoTracking()
            .CountAsync(e => e.PrisonerId == prisonerId && e.Type == VisitingOrderEntryType.ForeignNationalSubstitution && e.Change == change
                             && e.At >= from && e.At < to, ct);
    }

    private async Task<(VideoSlot? Slot, List<VideoCall> Calls)> Contended(VideoCallRequest r, bool tracked, CancellationToken ct)
    {
        var slots = db.VideoSlots.Where(s => s.VideoSessionId == r.SessionId && s.Date == r.Date);
        var slot = tracked ? await slots.AsTracking().SingleOrDefaultAsync(ct) : await slots.AsNoTracking().SingleOrDefaultAsync(ct);
        var first = new DateOnly(r.Date.Year, r.Date.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var calls = await db.VideoCalls.AsNoTracking()
            .Where(c => c.PrisonerId == r.PrisonerId && c.Date >= first && c.Date <= last && c.Status != VideoCallStatus.Cancelled)
            .ToListAsync(ct);
        return (slot, calls);
    }
}

/// <summary>
/// A video call as a bookable thing of the booking engine (decision 0016): the rules of <see cref="VideoCallRules"/>,
/// and the session's slot on the date (one call, a concurrency token) as its capacity.
/// </summary>
public sealed class VideoCallBookable(FamilyTiesDbContext db, VideoCallLoader loader) : IBookable<VideoCallRequest, VideoCallLoaded, VideoCall>
{
    public Task<VideoCallLoaded?> LoadAsync(VideoCallRequest request, CancellationToken ct) => loader.Load(request, ct);

    public IReadOnlyList<Refusal> Refusals(VideoCallLoaded loaded) => VideoCallRules.Decide(loaded.Context);

    public Task<VideoCallLoaded> RefreshAsync(VideoCallLoaded loaded, VideoCallRequest request, CancellationToken ct) => loader.Refresh(loaded, request, ct);

    public VideoCall Take(VideoCallLoaded loaded, VideoCallRequest request)
    {
        var c = loaded.Context;
        var slot = loaded.Slot ?? db.VideoSlots.Add(new VideoSlot { EstablishmentId = c.Session.EstablishmentId, VideoSessionId = c.Session.Id, Date = c.Date }).Entity;
        slot.Booked++;
        slot.Version++;
        var call = new VideoCall
        {
            Reference = "V" + VisitReference.New(),
            PrisonerId = c.Prisoner.Id,
            Slot = slot,
            VideoResourceId = c.Session.VideoResourceId,
            Date = c.Date,
            StartTime = c.Session.StartTime,
            EndTime = c.Session.EndTime,
            Status = VideoCallStatus.Booked,
            Kind = request.Kind,
            ArrangedBy = request.Kind == VideoCallKind.Compassionate ? request.ArrangedBy.Trim() : "",
            Participants = c.Participants.Select(p => new VideoCallParticipant { ContactId = p.Contact.Id, MainCaller = p.Contact.Id == request.MainCallerContactId }).ToList(),
        };
        db.VideoCalls.Add(call);
        return call;
    }
}

/// <summary>Books a video call through the booking engine: load once, decide, then take the slot in the writer turn.</summary>
public sealed class BookVideoCallHandler(BookingEngine engine, VideoCallBookable calls, ILogger<BookVideoCallHandler> logger)
{
    public async Task<BookingOutcome<VideoCallLoaded, VideoCall>> Handle(VideoCallRequest request, CancellationToken ct = default)
    {
        var outcome = await engine.BookAsync(calls, request, ct);
        if (outcome.Booked is { } call)
        {
            logger.LogInformation("Video call {VideoCallId} booked for prisoner {PrisonerId} in video slot {SlotId}", call.Id, call.PrisonerId, call.VideoSlotId);
        }
        return outcome;
    }
}
