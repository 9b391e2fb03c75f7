using FamilyTies.Domain.People;
using FamilyTies.Domain.VideoCalls;
using FamilyTies.Domain.Visits;

namespace FamilyTies.Data.Visits;

/// <summary>A day a prisoner saw family: an attended visit or a delivered video call.</summary>
public sealed class AttendedContact
{
    public int PrisonerId { get; init; }
    public DateOnly Date { get; init; }
}

/// <summary>
/// Who gets no visits (issue 13 §5), defined once: the no-visits page, its CSV and the measures
/// <c>novisits.short_lookback</c>, <c>novisits.long_lookback</c> and <c>novisits.support_offered_pct</c> all ask here,
/// so the list and the figure cannot disagree (docs/decisions/0021-visit-day.md §8).
/// A look-back of N days seen from a day D is the days (D − N, D]: D and the N − 1 days before it. A prisoner is on
/// the list when on the roll, received on or before D − N (here for the whole look-back; no reception date counts as
/// here) and with no attended contact in the look-back.
/// </summary>
public static class NoVisitsList
{
    /// <summary>The look-back of <paramref name="days"/> days ending on <paramref name="asOf"/>: (From, To], From excluded.</summary>
    public static (DateOnly From, DateOnly To) Window(DateOnly asOf, int days) => (asOf.AddDays(-days), asOf);

    /// <summary>
    /// The days prisoners saw family: attended visits (completed or ended by staff; a visit with no outcome is never
    /// attended) and video calls recorded as delivered (a call with no record is never delivered).
    /// </summary>
    public static IQueryable<AttendedContact> AttendedContacts(IQueryable<VisitAttendance> attendances, IQueryable<VideoCall> calls) =>
        AttendedVisitDays(attendances).Concat(DeliveredCallDays(calls));

    /// <summary>The visit half of <see cref="AttendedContacts"/>: attended (completed or ended by staff), the visit booked.</summary>
    public static IQueryable<AttendedContact> AttendedVisitDays(IQueryable<VisitAttendance> attendances) =>
        FamilyTies.Data.Measures.AttendedVisits.Rows(attendances).Where(a => a.Visit!.Status == VisitStatus.Booked)
            .Select(a => new AttendedContact { PrisonerId = a.PrisonerId, Date = a.Date });

    /// <summary>The video-call half of <see cref="AttendedContacts"/>: not cancelled and recorded as delivered.</summary>
    public static IQueryable<AttendedContact> DeliveredCallDays(IQueryable<VideoCall> calls) =>
        calls.Where(c => c.Status != VideoCallStatus.Cancelled && c.Outcome == VideoCallOutcome.Delivered)
            .Select(c => new AttendedContact { PrisonerId = c.PrisonerId, Date = c.Date });

    /// <summary>
    /// <see cref="AttendedContacts"/> dated from its first to its last argument, each source narrowed by date before the
    /// union (the measures count them per prisoner and look-back in one query).
    /// </summary>
    public static Func<DateOnly, DateOnly, IQueryable<AttendedContact>> AttendedContactsDated(IQueryable<VisitAttendance> attendances, IQueryable<VideoCall> calls) =>
        (first, last) => AttendedContacts(attendances.Where(a => a.Date >= first && a.Date <= last), calls.Where(c => c.Date >= first && c.Date <= last));

    /// <summary>The look-back's days as a window of dates, both included: (From, To] is From + 1 to To.</summary>
    public static (DateOnly First, DateOnly Last) Days(DateOnly asOf, int days) => (Window(asOf, days).From.AddDays(1), asOf);

    /// <summary>
    /// The rule of <see cref="Prisoners"/> for one prisoner on the roll already narrowed (the measures count from narrow
    /// rows): received on or before the look-back's start (or no reception date) and no attended contact in it.
    /// </summary>
    public static bool Listed(DateOnly? receptionDate, DateOnly asOf, int days, int contactsInLookback) =>
        (receptionDate == null || receptionDate <= Window(asOf, days).From) && contactsInLookback == 0;

    /// <summary>The prisoners on the no-visits list for the look-back ending on <paramref name="asOf"/>.</summary>
    public static IQueryable<Prisoner> Prisoners(IQueryable<Prisoner> prisoners, IQueryable<VisitAttendance> attendances, IQueryable<VideoCall> calls, DateOnly asOf, int days)
    {
        var (from, to) = Window(asOf, days);
        var contacts = AttendedContacts(attendances, calls);
        return prisoners.Where(Cohorts.OnRoll)
            .Where(p => (p.ReceptionDate == null || p.ReceptionDate <= from) && !contacts.Any(c => c.PrisonerId == p.Id && c.Date > from && c.Date <= to));
    }

    /// <summary>Support offered within the look-back ending on <paramref name="asOf"/> (the offer counts for the support measure).</summary>
    public static IQueryable<NoVisitsSupport> OfferedWithin(IQueryable<NoVisitsSupport> supports, DateOnly asOf, int days)
    {
        var (from, to) = Window(asOf, days);
        return supports.Where(s => s.OfferedOn > from && s.OfferedOn <= to);
    }

    /// <summary>
    /// Of the list, those new to it in the last 28 days: 28 days earlier they were not on it (received too recently,
    /// or they had an attended contact in the 28 days before the look-back began).
    /// </summary>
    public static IQueryable<Prisoner> NewToList(IQueryable<Prisoner> list, IQueryable<VisitAttendance> attendances, IQueryable<VideoCall> calls, DateOnly asOf, int days)
    {
        var (from, _) = Window(asOf, days);
        var earlier = from.AddDays(-NewDays);
        var contacts = AttendedContacts(attendances, calls);
        return list.Where(p => (p.ReceptionDate != null && p.ReceptionDate > earlier) || contacts.Any(c => c.PrisonerId == p.Id && c.Date > earlier && c.Date <= from));
    }

    public const int NewDays = 28;
}
