using FamilyTies.Domain.Visits;

namespace FamilyTies.Data.Measures;

/// <summary>
/// What counts as a prisoner having had contact (a visit or video call) for the care-experienced and foreign-national
/// measures and worklists, written once (docs/decisions/0023). Today: a visit or video call booked and not cancelled,
/// dated in the window, as <c>contact.regular_pct</c> counts. Visit outcomes are not recorded yet; when they are,
/// this one method moves to attended visits and every figure and worklist that uses it follows.
/// </summary>
public static class CohortContact
{
    /// <summary>For docs and page hints.</summary>
    public const string Basis = "a visit or video call booked (not cancelled) and dated in the window; booked, not attended, until visit outcomes are recorded";

    /// <summary>Days in the foreign nationals' contact window, ending on the day asked about.</summary>
    public const int ForeignNationalWindowDays = 90;

    /// <summary>Days in the care-experienced worklist's window.</summary>
    public const int CareExperiencedWorklistDays = 28;

    /// <summary>The visits that count as contact, dated from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static IQueryable<Visit> Counted(IQueryable<Visit> visits, DateOnly first, DateOnly last) =>
        visits.Where(v => v.Status == VisitStatus.Booked && v.Date >= first && v.Date <= last);

    /// <summary>The window of <paramref name="days"/> days ending on <paramref name="last"/>.</summary>
    public static (DateOnly First, DateOnly Last) Window(DateOnly last, int days) => (last.AddDays(1 - days), last);
}
