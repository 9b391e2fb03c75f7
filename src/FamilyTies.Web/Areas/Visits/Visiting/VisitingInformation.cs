using FamilyTies.Data;
using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.Visiting;

public sealed record PublicSession(SessionTemplate Session, DateOnly? Next);

public sealed record PublicBlock(DateOnly Date, SessionTemplate? Session);

public sealed record VisitingPage(
    Establishment Establishment,
    DateOnly Today,
    IReadOnlyList<PublicSession> Sessions,
    IReadOnlyList<Room> Rooms,
    IReadOnlyList<PublicBlock> Cancelled);

/// <summary>
/// The public visiting information for one establishment, built from the settings and the same session templates,
/// rooms and blocks booking uses, so it cannot disagree with them. Nobody is signed in, so the establishment filter
/// is replaced by an explicit one; only timetable and settings rows are read, never a prisoner or a visitor.
/// </summary>
public sealed class VisitingInformationHandler(FamilyTiesDbContext db)
{
    /// <summary>Sessions valid now or starting within this many days are published.</summary>
    public const int LookAheadDays = 28;

    public async Task<VisitingPage?> Handle(string code, DateOnly today)
    {
        var normalised = code.Trim().ToUpperInvariant();
        var establishment = await db.Establishments.AsNoTracking().SingleOrDefaultAsync(e => e.Code == normalised);
        if (establishment is null)
        {
            return null;
        }
        var horizon = today.AddDays(LookAheadDays);
        var sessions = await db.SessionTemplates.IgnoreQueryFilters().AsNoTracking().Include(s => s.Room)
            .Where(s => s.EstablishmentId == establishment.Id && s.Active && s.ValidFrom <= horizon && (s.ValidTo == null || s.ValidTo >= today))
            .ToListAsync();
        var blocks = await db.BlockedDates.IgnoreQueryFilters().AsNoTracking().Include(b => b.SessionTemplate)
            .Where(b => b.EstablishmentId == establishment.Id && !b.Removed && b.Date >= today && b.Date <= horizon)
            .ToListAsync();

        var published = sessions
            .Select(s => new PublicSession(s, Domain.Visits.SessionTimetable.NextOccurrence(s, today)))
            .Where(p => p.Next is not null)
            .OrderBy(p => ((int)p.Session.DayOfWeek + 6) % 7).ThenBy(p => p.Session.StartTime).ThenBy(p => p.Session.Room?.Name)
            .ToList();
        var rooms = published.Select(p => p.Session.Room).OfType<Room>().DistinctBy(r => r.Id).OrderBy(r => r.Name).ToList();
        var cancelled = blocks
            .Where(b => b.SessionTemplate is null || sessions.Any(s => s.Id == b.SessionTemplateId))
            .OrderBy(b => b.Date).ThenBy(b => b.SessionTemplate?.StartTime)
            .Select(b => new PublicBlock(b.Date, b.SessionTemplate))
            .ToList();
        return new VisitingPage(establishment, today, published, rooms, cancelled);
    }
}
