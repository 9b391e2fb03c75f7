using FamilyTies.Data;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.Timetable;

public sealed record TimetableSession(SessionTemplate Session, BlockedDate? Block, SessionSlot? Slot);

public sealed record TimetableDay(DateOnly Date, BlockedDate? DayBlock, IReadOnlyList<TimetableSession> Sessions);

public sealed record TimetableWeekView(DateOnly Monday, DateOnly Today, IReadOnlyList<TimetableDay> Days, bool CanManage);

/// <summary>
/// One week of the timetable: the sessions that actually run each day (valid dates and every-N-weeks respected),
/// with their blocks and what is booked. Three queries, whatever the number of sessions.
/// </summary>
public sealed class TimetableWeekHandler(FamilyTiesDbContext db)
{
    public async Task<TimetableWeekView> Handle(DateOnly monday, DateOnly today, bool canManage)
    {
        var sunday = monday.AddDays(6);
        var sessions = await db.SessionTemplates.AsNoTracking().Include(s => s.Room)
            .Where(s => s.Active && s.ValidFrom <= sunday && (s.ValidTo == null || s.ValidTo >= monday))
            .ToListAsync();
        var blocks = await db.BlockedDates.AsNoTracking()
            .Where(b => !b.Removed && b.Date >= monday && b.Date <= sunday)
            .ToListAsync();
        var slots = await db.SessionSlots.AsNoTracking()
            .Where(s => s.Date >= monday && s.Date <= sunday)
            .ToListAsync();

        var days = Enumerable.Range(0, 7).Select(i => monday.AddDays(i)).Select(date => new TimetableDay(
            date,
            blocks.FirstOrDefault(b => b.Date == date && b.SessionTemplateId is null),
            sessions.Where(s => s.OccursOn(date))
                .OrderBy(s => s.StartTime).ThenBy(s => s.Room?.Name).ThenBy(s => s.Name)
                .Select(s => new TimetableSession(
                    s,
                    blocks.Where(b => b.Blocks(s.Id, date)).OrderBy(b => b.SessionTemplateId is null ? 0 : 1).FirstOrDefault(),
                    slots.FirstOrDefault(x => x.SessionTemplateId == s.Id && x.Date == date)))
                .ToList())).ToList();
        return new TimetableWeekView(monday, today, days, canManage);
    }
}
