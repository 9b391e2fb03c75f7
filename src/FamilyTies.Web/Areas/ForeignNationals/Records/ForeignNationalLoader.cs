using FamilyTies.Data;
using FamilyTies.Data.Measures;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.ForeignNationals;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.ForeignNationals.Records;

public sealed record ForeignNationalRow(int Id, string PrisonNumber, string Name, string Nationality, string Languages, bool InterpreterNeeded, int FamilyAbroad);

public sealed record FnWorklistRow(int Id, string PrisonNumber, string Name, string Nationality, DateOnly? LastVisit, DateOnly? LastCredit);

public sealed record FamilyAbroadView(FamilyAbroad Family, CallingHoursOverlap? Overlap);

public sealed record ForeignNationalDetails(Prisoner Prisoner, NationalityStatus Status, DateOnly OverlapDate, TimeOnly PhoneOpens, TimeOnly PhoneCloses,
    IReadOnlyList<FamilyAbroadView> Family, IReadOnlyList<InternationalCredit> Credit, IReadOnlyList<VisitingOrderEntry> Substitutions,
    IReadOnlyList<OfficialContact> Officials, IReadOnlyList<InterpreterRequest> Interpreters, IReadOnlyDictionary<string, string> StaffNames);

/// <summary>The foreign nationals' list, one prisoner's page and the 90-day worklist, all by the one rule.</summary>
public sealed class ForeignNationalLoader(FamilyTiesDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ForeignNationalRow>> OnRoll() =>
        await db.Prisoners.AsNoTracking().Where(Cohorts.OnRoll).Where(Cohorts.ForeignNational)
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id)
            .Select(p => new ForeignNationalRow(p.Id, p.PrisonNumber, p.LastName + ", " + p.FirstName, p.Nationality, p.Languages, p.InterpreterNeeded,
                db.FamilyAbroad.Count(f => f.PrisonerId == p.Id)))
            .ToListAsync();

    public Task<int> NationalityNotRecorded() =>
        db.Prisoners.Where(Cohorts.OnRoll).Where(p => p.Nationality.Trim() == "").CountAsync();

    /// <summary>Foreign nationals on the roll with no visit or video call (CohortContact) and no international credit granted in 90 days.</summary>
    public async Task<IReadOnlyList<FnWorklistRow>> NoContact()
    {
        var today = LondonTime.Today(clock);
        var (first, last) = CohortContact.Window(today, CohortContact.ForeignNationalWindowDays);
        var visits = CohortContact.Counted(db.VisitAttendances, db.VideoCalls, first, last);
        var everVisited = CohortContact.Counted(db.VisitAttendances, db.VideoCalls, DateOnly.MinValue, today);
        var credit = db.InternationalCredits.Where(c => c.Kind == CreditEntryKind.Granted);
        var rows = await db.Prisoners.AsNoTracking().Where(Cohorts.OnRoll).Where(Cohorts.ForeignNational)
            .Where(p => !visits.Any(v => v.PrisonerId == p.Id) && !credit.Any(c => c.PrisonerId == p.Id && c.OccurredOn >= first && c.OccurredOn <= last))
            .Select(p => new
            {
                p.Id, p.PrisonNumber, p.LastName, p.FirstName, p.Nationality,
                LastVisit = everVisited.Where(v => v.PrisonerId == p.Id).Max(v => (DateOnly?)v.Date),
                LastCredit = credit.Where(c => c.PrisonerId == p.Id).Max(c => (DateOnly?)c.OccurredOn),
            }).ToListAsync();
        return rows.Select(r => new FnWorklistRow(r.Id, r.PrisonNumber, $"{r.LastName}, {r.FirstName}", r.Nationality, r.LastVisit, r.LastCredit))
            .OrderBy(r => r.Name).ThenBy(r => r.Id).ToList();
    }

    public async Task<ForeignNationalDetails?> Details(int prisonerId, DateOnly? on)
    {
        var prisoner = await db.Prisoners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == prisonerId);
        if (prisoner is null)
        {
            return null;
        }
        var date = on ?? LondonTime.Today(clock);
        var hours = await db.Establishments.Where(e => e.Id == db.CurrentEstablishmentId).Select(e => new { e.PhoneHoursOpen, e.PhoneHoursClose }).SingleAsync();
        var family = await db.FamilyAbroad.AsNoTracking().Include(f => f.NightCalls).Where(f => f.PrisonerId == prisonerId).OrderBy(f => f.Id).ToListAsync();
        return new ForeignNationalDetails(prisoner, ForeignNationalRule.Classify(prisoner.Nationality), date, hours.PhoneHoursOpen, hours.PhoneHoursClose,
            family.Select(f => new FamilyAbroadView(f, CallingHours.Zone(f.TimeZone) is { } zone ? CallingHours.Overlap(date, hours.PhoneHoursOpen, hours.PhoneHoursClose, zone) : null)).ToList(),
            await db.InternationalCredits.AsNoTracking().Where(c => c.PrisonerId == prisonerId).OrderByDescending(c => c.OccurredOn).ThenByDescending(c => c.Id).ToListAsync(),
            await db.VisitingOrderEntries.AsNoTracking().Where(e => e.PrisonerId == prisonerId && e.Type == VisitingOrderEntryType.ForeignNationalSubstitution)
                .OrderByDescending(e => e.Id).ToListAsync(),
            await db.OfficialContacts.AsNoTracking().Where(c => c.PrisonerId == prisonerId).OrderByDescending(c => c.OccurredOn).ThenByDescending(c => c.Id).ToListAsync(),
            await db.InterpreterRequests.AsNoTracking().Where(r => r.PrisonerId == prisonerId).OrderByDescending(r => r.NeededOn).ThenByDescending(r => r.Id).ToListAsync(),
            await FamilyTies.Web.Infrastructure.StaffNames.LoadAsync(db, family.SelectMany(f => f.NightCalls).Select(n => n.DecidedByUserId)));
    }
}
