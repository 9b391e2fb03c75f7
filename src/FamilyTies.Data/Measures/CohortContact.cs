using FamilyTies.Domain.Visits;

namespace FamilyTies.Data.Measures;

/// <summary>
/// What counts as a prisoner having had contact (a visit or video call) for the care-experienced and foreign-national
/// measures and worklists, written once (docs/decisions/0023): a visit attended (<see cref="AttendedVisits"/>, the
/// definition <c>contact.regular_pct</c> uses too) dated in the window. A booked visit with no outcome does not count.
/// </summary>
public static class CohortContact
{
    /// <summary>For docs and page hints.</summary>
    public const string Basis = "a visit attended (outcome completed or ended by staff) dated in the window";

    /// <summary>Days in the foreign nationals' contact window, ending on the day asked about.</summary>
    public const int ForeignNationalWindowDays = 90;

    /// <summary>Days in the care-experienced worklist's window.</summary>
    public const int CareExperiencedWorklistDays = 28;

    /// <summary>The visits that count as contact, dated from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static IQueryable<Visit> Counted(IQueryable<Visit> visits, IQueryable<VisitAttendance> attendances, DateOnly first, DateOnly last) =>
        AttendedVisits.Of(visits, attendances).Where(v => v.Date >= first && v.Date <= last);

    /// <summary>Attended visits (<see cref="AttendedVisits"/>) as dated rows per prisoner, for <see cref="ContactWindows"/>: dated from its first to its last argument.</summary>
    internal static Func<DateOnly, DateOnly, IQueryable<FamilyTies.Data.Visits.AttendedContact>> AttendedVisitsDated(IQueryable<Visit> visits, IQueryable<VisitAttendance> attendances) =>
        (first, last) => AttendedVisits.Of(visits.Where(v => v.Date >= first && v.Date <= last), attendances)
            .Select(v => new FamilyTies.Data.Visits.AttendedContact { PrisonerId = v.PrisonerId, Date = v.Date });

    /// <summary>The window of <paramref name="days"/> days ending on <paramref name="last"/>.</summary>
    public static (DateOnly First, DateOnly Last) Window(DateOnly last, int days) => (last.AddDays(1 - days), last);
}
