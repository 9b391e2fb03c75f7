using FamilyTies.Data;
using FamilyTies.Data.Measures;
using FamilyTies.Domain.CareExperienced;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.CareExperienced.Register;

/// <summary>One prisoner on the register with the care-leaver status and the personal adviser contact due, worked out today.</summary>
public sealed record RegisterRow(int Id, string PrisonNumber, string Name, DateOnly RegisteredOn, CareLeaverStatus Status,
    PersonalAdviserContactDue Due, DateOnly? LastContact, string FollowUpBy);

/// <summary>A registered prisoner with no visit or video call in the worklist's window.</summary>
public sealed record WorklistRow(int Id, string PrisonNumber, string Name, string Location, DateOnly? LastVisit, string FollowUpBy);

public sealed class CareRegisterLoader(FamilyTiesDbContext db, TimeProvider clock)
{
    /// <summary>The register of prisoners on the roll (narrow rows, the rules applied here).</summary>
    public async Task<IReadOnlyList<RegisterRow>> Register()
    {
        var today = LondonTime.Today(clock);
        var interval = await db.Establishments.Where(e => e.Id == db.CurrentEstablishmentId).Select(e => e.PersonalAdviserContactIntervalWeeks).SingleAsync();
        var records = await db.CareExperiencedRecords.AsNoTracking().Where(r => r.Prisoner!.Status == PrisonerStatus.Active)
            .Select(r => new
            {
                r.Id, r.Prisoner!.PrisonNumber, r.Prisoner.FirstName, r.Prisoner.LastName, r.Prisoner.DateOfBirth, r.Prisoner.ReceptionDate,
                r.RegisteredOn, r.LookedAfterFrom, r.LookedAfterTo, r.FollowUpBy, Contacts = r.Contacts.Select(c => c.OccurredOn).ToList(),
            }).ToListAsync();
        return records.Select(r =>
        {
            var periods = r.LookedAfterFrom is { } from ? new[] { new LookedAfterPeriod(from, r.LookedAfterTo) } : [];
            return new RegisterRow(r.Id, r.PrisonNumber, $"{r.LastName}, {r.FirstName}", r.RegisteredOn,
                CareLeaverStatus.On(r.DateOfBirth, periods, today),
                PersonalAdviserContactRule.Due(r.ReceptionDate, r.RegisteredOn, r.Contacts, interval, today),
                r.Contacts.Count == 0 ? null : r.Contacts.Max(), r.FollowUpBy);
        }).OrderBy(r => r.Name).ThenBy(r => r.Id).ToList();
    }

    /// <summary>Registered prisoners on the roll with no visit or video call (CohortContact) in the last 28 days.</summary>
    public async Task<IReadOnlyList<WorklistRow>> NoVisits()
    {
        var today = LondonTime.Today(clock);
        var (first, last) = CohortContact.Window(today, CohortContact.CareExperiencedWorklistDays);
        var visits = CohortContact.Counted(db.VisitAttendances, db.VideoCalls, first, last);
        var everVisited = CohortContact.Counted(db.VisitAttendances, db.VideoCalls, DateOnly.MinValue, today);
        var rows = await db.CareExperiencedRecords.AsNoTracking()
            .Where(r => r.Prisoner!.Status == PrisonerStatus.Active && !visits.Any(v => v.PrisonerId == r.PrisonerId))
            .Select(r => new
            {
                r.Id, r.Prisoner!.PrisonNumber, r.Prisoner.FirstName, r.Prisoner.LastName, r.Prisoner.Location, r.FollowUpBy,
                LastVisit = everVisited.Where(v => v.PrisonerId == r.PrisonerId).Max(v => (DateOnly?)v.Date),
            }).ToListAsync();
        return rows.Select(r => new WorklistRow(r.Id, r.PrisonNumber, $"{r.LastName}, {r.FirstName}", r.Location, r.LastVisit, r.FollowUpBy))
            .OrderBy(r => r.LastVisit ?? DateOnly.MinValue).ThenBy(r => r.Name).ToList();
    }

    /// <summary>Prisoners on the roll marked care-experienced (roll or profile) but not on the register.</summary>
    public Task<int> FlaggedNotRegistered() =>
        db.Prisoners.Where(Cohorts.OnRoll).Where(p => p.CareExperienced && !db.CareExperiencedRecords.Any(r => r.PrisonerId == p.Id)).CountAsync();
}
