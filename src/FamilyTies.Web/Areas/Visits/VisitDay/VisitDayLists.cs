using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Areas.SaferCustody.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.VisitDay;

public sealed record DaySession(SessionTemplate Template, SessionSlot? Slot, SessionRun? Run);

public sealed record DayModel(DateOnly Date, DateOnly Today, IReadOnlyList<DaySession> Sessions, int Unresolved);

public sealed record ListedVisitor(VisitVisitor Visitor, VisitorArrival? Arrival);

public sealed record ListedVisit(Visit Visit, VisitAttendance? Attendance, IReadOnlyList<ListedVisitor> Visitors)
{
    /// <summary>The visit's support needs, in words, for the officers' list.</summary>
    public string Support => string.Join("; ", new[]
    {
        Visit.InterpreterLanguage is { Length: > 0 } l ? $"Interpreter ({l})" : null,
        Visit.WheelchairAccess ? "Wheelchair access" : null,
        Visit.HearingLoop ? "Hearing loop" : null,
        Visit.StairLift ? "Stair lift" : null,
        Visit.QuietArea ? "Quiet area" : null,
        Visit.FirstVisit ? "First visit" : null,
        Visit.NewBaby ? "New baby" : null,
        Visit.PhotoRequest ? "Photo requested" : null,
        Visit.OtherSupport is { Length: > 0 } o ? o : null,
    }.OfType<string>());
}

public sealed record SessionList(SessionSlot Slot, SessionTemplate Template, SessionRun? Run, IReadOnlyList<ListedVisit> Visits, int Cancelled,
    DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<HallTable> Tables, DateTimeOffset Now)
{
    public bool Started => Now >= Start;
}

/// <summary>The day's sessions and each session's visit list, loaded in a handful of queries; and the audited reads of them.</summary>
public sealed class VisitDayLoader(FamilyTiesDbContext db)
{
    public const string ListEntity = "VisitList";

    public async Task<DayModel> Day(DateOnly date)
    {
        var templates = await db.SessionTemplates.AsNoTracking().Include(s => s.Room)
            .Where(s => s.Active && s.ValidFrom <= date && (s.ValidTo == null || s.ValidTo >= date) && s.DayOfWeek == date.DayOfWeek)
            .ToListAsync();
        var slots = await db.SessionSlots.AsNoTracking().Include(s => s.SessionTemplate).ThenInclude(t => t!.Room).Where(s => s.Date == date).ToListAsync();
        var slotIds = slots.Select(s => s.Id).ToList();
        var runs = await db.SessionRuns.AsNoTracking().Where(r => slotIds.Contains(r.SessionSlotId)).ToListAsync();
        var sessions = templates.Where(t => t.OccursOn(date)).Select(t => t.Id)
            .Union(slots.Select(s => s.SessionTemplateId))
            .Select(id => templates.FirstOrDefault(t => t.Id == id) ?? slots.First(s => s.SessionTemplateId == id).SessionTemplate!)
            .OrderBy(t => t.StartTime).ThenBy(t => t.Room?.Name).ThenBy(t => t.Name)
            .Select(t =>
            {
                var slot = slots.FirstOrDefault(s => s.SessionTemplateId == t.Id);
                return new DaySession(t, slot, slot is null ? null : runs.FirstOrDefault(r => r.SessionSlotId == slot.Id));
            }).ToList();
        return new DayModel(date, LondonTime.Today(db.Clock), sessions, await UnresolvedQuery().CountAsync());
    }

    public async Task<SessionList?> Session(int slotId)
    {
        var slot = await db.SessionSlots.AsNoTracking().Include(s => s.SessionTemplate).ThenInclude(t => t!.Room).SingleOrDefaultAsync(s => s.Id == slotId);
        if (slot is null)
        {
            return null;
        }
        var visits = await db.Visits.AsNoTracking().Include(v => v.Prisoner).Include(v => v.MainContact).Include(v => v.Visitors).ThenInclude(x => x.Contact)
            .Where(v => v.SessionSlotId == slotId && v.Status == VisitStatus.Booked)
            .OrderBy(v => v.Closed).ThenBy(v => v.Prisoner!.LastName).ThenBy(v => v.Prisoner!.FirstName).ThenBy(v => v.Id)
            .AsSplitQuery().ToListAsync();
        var ids = visits.Select(v => v.Id).ToList();
        var attendance = await db.VisitAttendances.AsNoTracking().Include(a => a.HallTable).Where(a => ids.Contains(a.VisitId)).ToListAsync();
        var arrivals = await db.VisitorArrivals.AsNoTracking().Where(a => ids.Contains(a.VisitId)).ToListAsync();
        var cancelled = await db.Visits.CountAsync(v => v.SessionSlotId == slotId && v.Status == VisitStatus.Cancelled);
        var run = await db.SessionRuns.AsNoTracking().SingleOrDefaultAsync(r => r.SessionSlotId == slotId);
        var template = slot.SessionTemplate!;
        var tables = await db.HallTables.AsNoTracking().Where(t => t.RoomId == template.RoomId && t.Active).OrderBy(t => t.Label.Length).ThenBy(t => t.Label).ToListAsync();
        var listed = visits.Select(v => new ListedVisit(v, attendance.FirstOrDefault(a => a.VisitId == v.Id),
            v.Visitors.OrderBy(x => x.Child).ThenBy(x => x.Contact?.LastName).ThenBy(x => x.Id)
                .Select(x => new ListedVisitor(x, arrivals.FirstOrDefault(a => a.VisitVisitorId == x.Id))).ToList())).ToList();
        return new SessionList(slot, template, run, listed, cancelled,
            LondonTime.ToInstant(slot.Date, template.StartTime), LondonTime.ToInstant(slot.Date, template.EndTime), tables, db.Clock.GetUtcNow());
    }

    /// <summary>Booked visits past their end with no outcome (the worklist). Compared on London dates and times.</summary>
    public IQueryable<Visit> UnresolvedQuery()
    {
        var now = LondonTime.ToLocal(db.Clock.GetUtcNow());
        var today = DateOnly.FromDateTime(now.DateTime);
        var time = TimeOnly.FromDateTime(now.DateTime);
        return db.Visits.AsNoTracking().Where(v => v.Status == VisitStatus.Booked
            && (v.Date < today || (v.Date == today && v.EndTime <= time))
            && !db.VisitAttendances.Any(a => a.VisitId == v.Id && a.Outcome != null));
    }

    /// <summary>Records who viewed or printed a list: one Read event per session list shown, saying which.</summary>
    public async Task Audit(IEnumerable<int> slotIds, string what)
    {
        foreach (var id in slotIds.Distinct())
        {
            SaferCustodyAudit.Add(db, ListEntity, id, SaferCustodyAudit.Read, new { what });
        }
        await db.SaveChangesAsync();
    }

    public async Task<IReadOnlyList<(DateTimeOffset At, string? UserId, string What)>> AuditTrail(int slotId)
    {
        var key = slotId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.EntityType == ListEntity && e.EntityId == key)
            .OrderByDescending(e => e.Id).Take(20).Select(e => new { e.OccurredAt, e.UserId, e.Changes }).ToListAsync();
        return events.Select(e => (e.OccurredAt, e.UserId, e.Changes?.Contains("printed", StringComparison.OrdinalIgnoreCase) == true
            ? (e.Changes.Contains("passes", StringComparison.OrdinalIgnoreCase) ? "Printed the visit passes" : "Printed the list") : "Viewed the list")).ToList();
    }
}
