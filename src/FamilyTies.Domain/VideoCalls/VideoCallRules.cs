using FamilyTies.Domain.Common;
using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;

namespace FamilyTies.Domain.VideoCalls;

/// <summary>A month's video-call entitlement and what is used of it.</summary>
public sealed record VideoAllowance(int Calls, int Minutes, int UsedCalls, int UsedMinutes)
{
    public int CallsLeft => Math.Max(0, Calls - UsedCalls);
    public int MinutesLeft => Math.Max(0, Minutes - UsedMinutes);

    /// <summary>Whether one more call of this length fits.</summary>
    public bool Fits(int minutes) => UsedCalls + 1 <= Calls && UsedMinutes + minutes <= Minutes;

    /// <summary>
    /// The month's entitlement: the establishment's calls and minutes (minutes capped at the national 60 unless an
    /// extra is granted), plus each wellbeing extra, plus one 30-minute call for each visiting order a foreign national
    /// exchanged for video calls that month. Used: allowance calls booked that month, not cancelled (compassionate
    /// calls are outside the allowance).
    /// </summary>
    public static VideoAllowance For(Establishment e, IEnumerable<VideoCallExtra> extras, int ordersExchanged, IEnumerable<VideoCall> callsThatMonth)
    {
        var calls = e.VideoCallsPerMonth + ordersExchanged * ExchangeCalls;
        var minutes = Math.Min(e.VideoCallMinutesPerMonth, Establishment.PolicyMaxVideoCallMinutes) + ordersExchanged * ExchangeMinutes;
        foreach (var x in extras)
        {
            calls += x.Calls;
            minutes += x.Minutes;
        }
        var used = callsThatMonth.Where(c => c.Kind == VideoCallKind.Allowance && c.Status != VideoCallStatus.Cancelled).ToList();
        return new VideoAllowance(calls, minutes, used.Count, used.Sum(c => c.BookedMinutes));
    }

    /// <summary>What one visiting order exchanged "for video calls" adds: one call of up to 30 minutes.</summary>
    public const int ExchangeCalls = 1;
    public const int ExchangeMinutes = 30;
}

/// <summary>Everything the video-call rules need, loaded by the caller. Plain data.</summary>
public sealed record VideoBookingContext(
    Establishment Establishment,
    Prisoner Prisoner,
    VideoSession Session,
    DateOnly Date,
    IReadOnlyList<BookingVisitor> Participants,
    int? MainCallerContactId,
    IReadOnlyList<Restriction> PrisonerRestrictions,
    IReadOnlyList<VideoBlock> Blocks,
    int SlotBooked,
    /// <summary>The prisoner's other calls that day, not cancelled.</summary>
    IReadOnlyList<VideoCall> PrisonerCallsThatDay,
    VideoAllowance Allowance,
    VideoCallKind Kind,
    DateOnly Today);

/// <summary>
/// The video-call rules (GOV.UK: up to 60 minutes, up to 4 people, all on the visitor list, the main caller 18 or
/// over, the month's allowance). Who may take part is the visits' own people rules (<see cref="BookingRules.People"/>).
/// </summary>
public static class VideoCallRules
{
    public const int MaxMinutes = 60;

    public static IReadOnlyList<Refusal> Decide(VideoBookingContext c)
    {
        var refusals = new List<Refusal>();
        void Refuse(BookingRule rule, string message) => refusals.Add(new Refusal(rule, message));
        var s = c.Establishment;
        var date = c.Date;
        var prisoner = c.Prisoner;

        if (prisoner.Status != PrisonerStatus.Active || prisoner.EstablishmentId != s.Id)
        {
            Refuse(BookingRule.PrisonerActive, $"{prisoner.FullName} is not an active prisoner at {s.Name}");
        }
        if (!c.Session.OccursOn(date) || c.Session.Resource is { Active: false })
        {
            Refuse(BookingRule.SessionRuns, $"This video session does not run on {LondonTime.FormatDayAndDate(date)}");
        }
        if (c.Blocks.FirstOrDefault(b => b.Blocks(c.Session.VideoResourceId, date)) is { } block)
        {
            Refuse(BookingRule.SessionBlocked, $"Video calls on {c.Session.Resource?.Name} on {LondonTime.FormatDate(date)} are blocked: {block.Reason}");
        }
        if (!c.Session.IsEligible(prisoner))
        {
            Refuse(BookingRule.Eligible, $"{prisoner.FullName} cannot use this session: it is for locations {string.Join(", ", c.Session.LocationList)}");
        }
        // A compassionate call (a funeral) can be arranged for today; others need the usual notice.
        var earliest = c.Kind == VideoCallKind.Compassionate ? c.Today : c.Today.AddDays(s.MinBookingNoticeDays);
        var latest = c.Today.AddDays(s.MaxBookingNoticeDays);
        if (date < earliest || date > latest)
        {
            Refuse(BookingRule.NoticeWindow, $"Video calls can be booked from {LondonTime.FormatDate(earliest)} to {LondonTime.FormatDate(latest)}");
        }
        if (c.Participants.Count == 0)
        {
            Refuse(BookingRule.Participants, "Choose at least one person to take part in the call");
        }
        else if (c.Participants.Count > s.MaxVideoCallParticipants)
        {
            Refuse(BookingRule.Participants, $"No more than {s.MaxVideoCallParticipants} people can take part in one video call at {s.Name}; {c.Participants.Count} are selected");
        }
        refusals.AddRange(BookingRules.People(s, prisoner, date, c.Participants, c.PrisonerRestrictions).Refusals);

        var main = c.Participants.FirstOrDefault(p => p.Contact.Id == c.MainCallerContactId);
        if (c.Participants.Count > 0)
        {
            if (main is null)
            {
                Refuse(BookingRule.MainCaller, "Choose the main caller from the people taking part");
            }
            else if (main.Contact.AgeOn(date) is not { } age || age < s.AdultAge)
            {
                Refuse(BookingRule.MainCaller, main.Contact.DateOfBirth is null
                    ? $"{main.Contact.FullName} cannot be the main caller: their date of birth is not recorded, so they cannot be shown to be {s.AdultAge} or over"
                    : $"{main.Contact.FullName} cannot be the main caller: the main caller must be {s.AdultAge} or over");
            }
        }

        if (c.SlotBooked >= 1)
        {
            Refuse(BookingRule.Capacity, $"{c.Session.Resource?.Name} is already booked at {LondonTime.FormatTime(c.Session.StartTime)} on {LondonTime.FormatDate(date)}. Choose another time");
        }
        if (c.PrisonerCallsThatDay.Any(v => v.StartTime < c.Session.EndTime && c.Session.StartTime < v.EndTime))
        {
            Refuse(BookingRule.AlreadyBooked, $"{prisoner.FullName} already has a video call at that time");
        }
        if (c.Kind == VideoCallKind.Allowance && !c.Allowance.Fits(c.Session.Minutes))
        {
            Refuse(BookingRule.VideoAllowance, $"{prisoner.FullName} has used this month's video calls: {c.Allowance.UsedCalls} of {c.Allowance.Calls} calls and {c.Allowance.UsedMinutes} of {c.Allowance.Minutes} minutes. A visits manager can grant a wellbeing extra");
        }
        return refusals;
    }

    /// <summary>A session's time where a participant lives, and whether it falls in their night (before 8am or from 10pm).</summary>
    public sealed record LocalTime(string Zone, DateTime Start, DateTime End, bool Night);

    public static LocalTime? ForFamily(DateOnly date, TimeOnly start, TimeOnly end, string? timeZone)
    {
        if (string.IsNullOrWhiteSpace(timeZone) || !timeZone.Contains('/') || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone.Trim(), out var zone))
        {
            return null;
        }
        var from = TimeZoneInfo.ConvertTime(LondonTime.ToInstant(date, start), zone).DateTime;
        var to = TimeZoneInfo.ConvertTime(LondonTime.ToInstant(date, end), zone).DateTime;
        bool Asleep(DateTime t) => TimeOnly.FromDateTime(t) < new TimeOnly(8, 0) || TimeOnly.FromDateTime(t) > new TimeOnly(22, 0);
        return new LocalTime(timeZone.Trim(), from, to, Asleep(from) || Asleep(to));
    }
}
