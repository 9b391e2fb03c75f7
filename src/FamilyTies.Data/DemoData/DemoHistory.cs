using FamilyTies.Data.Generation;
using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Data.DemoData;

/// <summary>
/// Thirteen months of history so every measure has a trend to show, written by the one data generator at its demo size
/// (<see cref="HistoryGenerator"/>, <see cref="GenerationSize.Demo"/>; the bench's national database is the same code at
/// national size): visits by the families of 40 of the establishment's last 60 demo prisoners (since each prisoner's
/// reception) with their session runs and outcomes, no-visits support for the other 20, closed safer custody contacts
/// and ACCTs about those 20, a voicemail check each staffed day, and video calls on the demo's booths and laptops. Kept
/// away from the first prisoners and the open lists the other demo data uses; invented, the same every time (dates
/// counted from today); written in bulk.
/// </summary>
public static class DemoHistory
{
    public const int Months = 13;

    public static async Task SeedAsync(FamilyTiesDbContext db, Establishment establishment, DateTimeOffset now, CancellationToken ct)
    {
        var e = establishment.Id;
        var today = Domain.Common.LondonTime.DateOf(now);
        if (await db.Visits.IgnoreQueryFilters().AnyAsync(v => v.EstablishmentId == e && v.Date < today, ct))
        {
            return;
        }
        var last60 = await db.Prisoners.IgnoreQueryFilters().Where(p => p.EstablishmentId == e)
            .OrderByDescending(p => p.Id).Select(p => p.Id).Take(60).ToListAsync(ct);
        var templates = await db.SessionTemplates.IgnoreQueryFilters().Where(t => t.EstablishmentId == e).OrderBy(t => t.Id).ToListAsync(ct);
        if (last60.Count < 60 || templates.Count == 0)
        {
            return;
        }
        var families = await Families(db, establishment, today, ct);
        var videoSessions = await db.VideoSessions.IgnoreQueryFilters().Where(s => s.EstablishmentId == e).OrderBy(s => s.Id)
            .Select(s => new GeneratedVideoSession(s.VideoResourceId, s.Id, s.DayOfWeek, s.StartTime, s.EndTime)).ToListAsync(ct);
        var visiting = last60.Take(40).ToHashSet();
        // The demo's curated restrictions (about its first prisoners), which the history respects as any other.
        var restrictions = await db.Restrictions.IgnoreQueryFilters().AsNoTracking().Where(r => r.EstablishmentId == e).ToListAsync(ct);
        var nonAssociations = await db.NonAssociations.IgnoreQueryFilters().AsNoTracking().Where(n => n.EstablishmentId == e).ToListAsync(ct);
        var plan = new HistoryPlan
        {
            Establishment = establishment, Seed = 4000 + e, Now = now, Size = GenerationSize.Demo, Sessions = templates,
            Families = families.Where(f => visiting.Contains(f.PrisonerId)).ToList(), NoVisits = last60.Skip(40).ToList(),
            Restrictions = restrictions, NonAssociations = nonAssociations,
            SaferCustodyPrisoners = last60.Skip(40).ToList(), VideoSessions = videoSessions, VideoFamilies = families,
            VideoCallsPerMonth = establishment.Code == "WYI" ? 50 : 25,
        };
        using var writer = new BulkWriter(db);
        HistoryGenerator.Write(writer, plan);
        writer.Flush();
    }

    /// <summary>Each active prisoner with an adult approved visitor, that adult first, then the other approved visitors.</summary>
    public static async Task<List<GeneratedFamily>> Families(FamilyTiesDbContext db, Establishment establishment, DateOnly today, CancellationToken ct)
    {
        var links = await db.PrisonerContacts.IgnoreQueryFilters()
            .Where(l => l.EstablishmentId == establishment.Id && l.Active && l.ApprovedVisitor && l.Prisoner!.Status == PrisonerStatus.Active)
            .OrderBy(l => l.PrisonerId).ThenBy(l => l.Id).Select(l => new { l.PrisonerId, l.ContactId, l.Contact!.DateOfBirth, l.Prisoner!.ReceptionDate }).ToListAsync(ct);
        var received = links.GroupBy(l => l.PrisonerId).ToDictionary(g => g.Key, g => g.First().ReceptionDate);
        return GeneratedFamily.Of(links.Select(l => (l.PrisonerId, l.ContactId, l.DateOfBirth)), today, establishment.AdultAge, id => (received[id], null));
    }
}
