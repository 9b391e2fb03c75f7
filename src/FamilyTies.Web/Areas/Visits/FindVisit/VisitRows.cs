using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.FindVisit;

/// <summary>One visit in a list: what finding a visit, the prisoner's Visits tab and a contact's page show.</summary>
public sealed record VisitRow(int Id, string Reference, DateOnly Date, TimeOnly StartTime, TimeOnly EndTime, int PrisonerId, string PrisonNumber,
    string Prisoner, VisitStatus Status, VisitOutcome? Outcome, bool Unresolved)
{
    public string StatusText => Status == VisitStatus.Cancelled ? "Cancelled"
        : Outcome is { } o ? VisitDayRules.Describe(o)
        : Unresolved ? "Unresolved: no outcome"
        : "Booked";

    public string TagClass => Status == VisitStatus.Cancelled ? "govuk-tag--grey"
        : Outcome is VisitOutcome.Completed ? "govuk-tag--green"
        : Outcome is not null ? "govuk-tag--orange"
        : Unresolved ? "govuk-tag--red"
        : "govuk-tag--blue";
}

/// <summary>Loads visit rows (with their outcome) from any query of visits, newest first.</summary>
public static class VisitRows
{
    public static async Task<List<VisitRow>> LoadAsync(FamilyTiesDbContext db, IQueryable<Visit> visits, int take)
    {
        var rows = await visits.OrderByDescending(v => v.Date).ThenByDescending(v => v.StartTime).ThenByDescending(v => v.Id).Take(take)
            .Select(v => new
            {
                v.Id, v.Reference, v.Date, v.StartTime, v.EndTime, v.PrisonerId, v.Prisoner!.PrisonNumber, v.Prisoner.FirstName, v.Prisoner.LastName, v.Status,
                Outcome = db.VisitAttendances.Where(a => a.VisitId == v.Id).Select(a => a.Outcome).FirstOrDefault(),
            })
            .ToListAsync();
        var now = db.Clock.GetUtcNow();
        return rows.Select(r => new VisitRow(r.Id, r.Reference, r.Date, r.StartTime, r.EndTime, r.PrisonerId, r.PrisonNumber, $"{r.FirstName} {r.LastName}",
            r.Status, r.Outcome, VisitDayRules.IsUnresolved(r.Status, r.Outcome, LondonTime.ToInstant(r.Date, r.EndTime), now))).ToList();
    }

    /// <summary>The rows grouped by London month, newest month first ("December 2026").</summary>
    public static IEnumerable<IGrouping<string, VisitRow>> ByMonth(IEnumerable<VisitRow> rows) =>
        rows.GroupBy(r => r.Date.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
}
