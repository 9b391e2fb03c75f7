using FamilyTies.Data.Visits;
using FamilyTies.Domain.VideoCalls;
using FamilyTies.Domain.Visits;

namespace FamilyTies.Data.Measures;

/// <summary>
/// What counts as a prisoner having had contact for the contact measures and worklists, written once
/// (docs/decisions/0023, 0028): a visit attended (<see cref="AttendedVisits"/>) or a video call delivered, dated in
/// the window: <see cref="NoVisitsList.AttendedContacts"/>, the days the no-visits list counts too. A booked visit with
/// no outcome, and a call with nothing recorded, cancelled or not taken place, do not count. <c>contact.regular_pct</c>,
/// the foreign nationals' contact in 90 days and both cohorts' worklists use it; the care-experienced "visit in the
/// month" shares count visits only (<see cref="AttendedVisitsDated"/>), as their titles say.
/// </summary>
public static class CohortContact
{
    /// <summary>For docs and page hints.</summary>
    public const string Basis = "a visit attended (outcome completed or ended by staff) or a video call delivered, dated in the window";

    /// <summary>Days in the foreign nationals' contact window, ending on the day asked about.</summary>
    public const int ForeignNationalWindowDays = 90;

    /// <summary>Days in the care-experienced worklist's window.</summary>
    public const int CareExperiencedWorklistDays = 28;

    /// <summary>The contacts (attended visits and delivered video calls) dated from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static IQueryable<AttendedContact> Counted(IQueryable<VisitAttendance> attendances, IQueryable<VideoCall> calls, DateOnly first, DateOnly last) =>
        NoVisitsList.AttendedContactsDated(attendances, calls)(first, last);

    /// <summary>The same contacts as dated rows for <see cref="ContactWindows"/>: dated from its first to its last argument.</summary>
    internal static Func<DateOnly, DateOnly, IQueryable<AttendedContact>> Dated(IQueryable<VisitAttendance> attendances, IQueryable<VideoCall> calls) =>
        NoVisitsList.AttendedContactsDated(attendances, calls);

    /// <summary>Attended visits only (<see cref="AttendedVisits"/>), as dated rows per prisoner: the "visit in the month" shares.</summary>
    internal static Func<DateOnly, DateOnly, IQueryable<AttendedContact>> AttendedVisitsDated(IQueryable<Visit> visits, IQueryable<VisitAttendance> attendances) =>
        (first, last) => AttendedVisits.Of(visits.Where(v => v.Date >= first && v.Date <= last), attendances)
            .Select(v => new AttendedContact { PrisonerId = v.PrisonerId, Date = v.Date });

    /// <summary>The window of <paramref name="days"/> days ending on <paramref name="last"/>.</summary>
    public static (DateOnly First, DateOnly Last) Window(DateOnly last, int days) => (last.AddDays(1 - days), last);
}
