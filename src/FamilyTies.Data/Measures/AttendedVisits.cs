using FamilyTies.Domain.Visits;

namespace FamilyTies.Data.Measures;

/// <summary>
/// The one definition of an attended visit, for every measure and worklist that counts contact: a visit booked (not
/// cancelled) whose visit-day outcome is completed or ended by staff (<see cref="VisitDayRules.Attended"/>). A booked
/// visit with no outcome, or another outcome, is not contact. <c>contact.regular_pct</c> and <see cref="CohortContact"/>
/// both use it (docs/decisions/0023).
/// </summary>
public static class AttendedVisits
{
    /// <summary>For docs and page hints.</summary>
    public const string Basis = "a visit attended (outcome completed or ended by staff)";

    /// <summary>An outcome that means the visit took place: completed or ended by staff.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<VisitAttendance, bool>> Outcome =
        a => a.Outcome == VisitOutcome.Completed || a.Outcome == VisitOutcome.TerminatedByStaff;

    /// <summary>The attendance rows whose outcome means the visit took place.</summary>
    public static IQueryable<VisitAttendance> Rows(IQueryable<VisitAttendance> attendances) => attendances.Where(Outcome);

    /// <summary>The visits of <paramref name="visits"/> that were attended.</summary>
    public static IQueryable<Visit> Of(IQueryable<Visit> visits, IQueryable<VisitAttendance> attendances)
    {
        var attended = Rows(attendances);
        return visits.Where(v => v.Status == VisitStatus.Booked && attended.Any(a => a.VisitId == v.Id));
    }
}
