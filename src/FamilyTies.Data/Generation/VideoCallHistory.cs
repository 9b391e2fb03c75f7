using FamilyTies.Domain.Common;
using FamilyTies.Domain.VideoCalls;

namespace FamilyTies.Data.Generation;

/// <summary>
/// The video calls part of the history (issue 10's shape): calls on the establishment's booths and laptops from the
/// history's first day to a week ahead, each with its slot and main caller, recorded as staff record them (most
/// delivered, some no-shows and failed connections, a quarter with a problem, movement detection cutting calls short),
/// a few of the last days' left unrecorded; a few compassionate calls; and the searches that found no slot.
/// </summary>
public static class VideoCallHistory
{
    private static readonly VideoTimeBand[] Bands = [VideoTimeBand.Evening, VideoTimeBand.Evening, VideoTimeBand.Weekend, VideoTimeBand.Daytime, VideoTimeBand.Any];

    public static void Write(BulkWriter w, HistoryPlan plan)
    {
        var families = plan.VideoFamilies ?? plan.Families;
        if (plan.VideoSessions.Count == 0 || families.Count == 0 || plan.VideoCallsPerMonth == 0)
        {
            return;
        }
        var e = plan.Establishment.Id;
        var random = new Random(plan.Seed * 16 + 3);
        var today = plan.Today;
        var last = today.AddDays(7);
        var taken = new HashSet<(int, DateOnly)>();
        var rules = new HistoryRestrictions(plan);
        for (var month = plan.First; month <= last; month = month.AddMonths(1))
        {
            var days = Enumerable.Range(0, DateTime.DaysInMonth(month.Year, month.Month)).Select(month.AddDays).Where(d => d <= last).ToList();
            for (var i = 0; i < plan.VideoCallsPerMonth && days.Count > 0; i++)
            {
                var date = days[random.Next(days.Count)];
                var onDay = plan.VideoSessions.Where(s => s.Day == date.DayOfWeek).ToList();
                if (onDay.Count == 0)
                {
                    continue;
                }
                var session = onDay[random.Next(onDay.Count)];
                if (!taken.Add((session.SessionId, date)))
                {
                    continue;
                }
                // A family whose prisoner is here that day (not before reception, not after release) and whose main caller is not banned.
                var family = Pick(random, families, date, rules);
                if (family is null)
                {
                    continue;
                }
                var ahead = random.Next(1, 14);
                if (family.From is { } received)
                {
                    ahead = Math.Min(ahead, date.DayNumber - received.DayNumber);
                }
                var bookedAt = LondonTime.ToInstant(date, session.Start).AddDays(-ahead);
                w.At = bookedAt;
                var slot = new VideoSlot { Id = w.NextId<VideoSlot>(), EstablishmentId = e, VideoSessionId = session.SessionId, Date = date, Booked = 1 };
                var call = new VideoCall
                {
                    Id = w.NextId<VideoCall>(), EstablishmentId = e, PrisonerId = family.PrisonerId, VideoSlotId = slot.Id, VideoResourceId = session.ResourceId,
                    Date = date, StartTime = session.Start, EndTime = session.End, Status = VideoCallStatus.Booked,
                    Kind = random.Next(40) == 0 ? VideoCallKind.Compassionate : VideoCallKind.Allowance, CreatedAt = bookedAt,
                };
                call.Reference = $"VD{call.Id:D7}";
                if (call.Kind == VideoCallKind.Compassionate)
                {
                    call.ArrangedBy = "Chaplaincy";
                }
                // Recorded once over, except a few of the last days' calls (unresolved until staff record them).
                var end = LondonTime.ToInstant(date, session.End);
                if (end <= plan.Now && !(date >= today.AddDays(-3) && random.Next(3) == 0))
                {
                    RecordOutcome(call, random, end);
                }
                var participant = new VideoCallParticipant { Id = w.NextId<VideoCallParticipant>(), VideoCallId = call.Id, ContactId = family.Visitors[0].ContactId, MainCaller = true };
                w.Add(slot);
                w.Add(call);
                w.Add(participant);
                w.Audit(bookedAt, e, nameof(VideoSlot), slot.Id, "Created");
                w.Audit(bookedAt, e, nameof(VideoCall), call.Id, "Created", call.PrisonerId, $$$"""{"Reference":{"new":"{{{call.Reference}}}"}}""");
                w.Audit(bookedAt, e, nameof(VideoCallParticipant), participant.Id, "Created");
                if (call.RecordedAt is { } recorded)
                {
                    w.Audit(recorded, e, nameof(VideoCall), call.Id, "Updated", call.PrisonerId, $$$"""{"Outcome":{"old":null,"new":"{{{call.Outcome}}}"}}""");
                }
            }
        }
        // The searches that found no slot (more for evenings): one every one to three days.
        for (var d = plan.First; d <= today; d = d.AddDays(1 + random.Next(3)))
        {
            var at = LondonTime.ToInstant(d, new TimeOnly(11, 0));
            var demand = new VideoCallDemand
            {
                Id = w.NextId<VideoCallDemand>(), EstablishmentId = e, PrisonerId = (Pick(random, families, d, rules) ?? families[0]).PrisonerId, Date = d,
                Band = Bands[random.Next(Bands.Length)], At = at,
            };
            w.Add(demand);
            w.Audit(at, e, nameof(VideoCallDemand), demand.Id, "Created");
        }
    }

    /// <summary>
    /// A family drawn for a call on <paramref name="date"/>: its prisoner here since the day before at least (and not yet
    /// released), and the restrictions allowing the call that day (<see cref="HistoryRestrictions.MayCall"/>); a few
    /// draws, else none.
    /// </summary>
    private static GeneratedFamily? Pick(Random random, IReadOnlyList<GeneratedFamily> families, DateOnly date, HistoryRestrictions rules)
    {
        for (var tries = 0; tries < 20; tries++)
        {
            var family = families[random.Next(families.Count)];
            if (family.Here(date) && (family.From is not { } from || date > from) && rules.MayCall(family, date))
            {
                return family;
            }
        }
        return null;
    }

    /// <summary>
    /// A past call's recorded outcome, drawn in the proportions the history shows (no-shows, failed connections, drops,
    /// frozen video, buffering, no audio, ratings).
    /// </summary>
    public static void RecordOutcome(VideoCall call, Random random, DateTimeOffset end)
    {
        call.RecordedAt = end.AddMinutes(20);
        var roll = random.Next(100);
        if (roll < 7)
        {
            call.Outcome = VideoCallOutcome.NoShow;
            call.DeliveredMinutes = 0;
            call.EndedEarly = VideoCallEndedEarly.NoShow;
            return;
        }
        if (roll < 11)
        {
            call.Outcome = VideoCallOutcome.NotConnected;
            call.DeliveredMinutes = 0;
            call.EndedEarly = VideoCallEndedEarly.Network;
            return;
        }
        call.Outcome = VideoCallOutcome.Delivered;
        call.StartedLateMinutes = random.Next(4) == 0 ? random.Next(3, 11) : 0;
        var minutes = call.BookedMinutes - call.StartedLateMinutes;
        var problem = random.Next(100);
        if (problem < 12)
        {
            call.Dropped = true;
            call.EndedEarly = VideoCallEndedEarly.Network;
            minutes = Math.Max(5, minutes - random.Next(5, 15));
        }
        else if (problem < 20)
        {
            call.FrozenVideo = true;
            call.EndedEarly = VideoCallEndedEarly.MovementDetection;
            minutes = Math.Max(5, minutes - random.Next(3, 10));
        }
        else if (problem < 27)
        {
            call.Buffering = true;
        }
        else if (problem < 29)
        {
            call.NoAudio = true;
        }
        call.DeliveredMinutes = minutes;
        call.FamilyRating = random.Next(3) == 0 ? (call.QualityProblem ? random.Next(1, 4) : random.Next(3, 6)) : null;
    }
}
