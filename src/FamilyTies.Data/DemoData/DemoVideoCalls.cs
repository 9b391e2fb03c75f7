using FamilyTies.Domain.Common;
using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.VideoCalls;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Data.DemoData;

/// <summary>
/// Video calls at each demo establishment (issue 10): booths and laptops with weekly sessions (Wymott: 3 booths in the
/// visits hall and 6 laptops on the wings; Littlehey: 3 rooms in legal visits and 2 laptops on the older prisoners'
/// units; Stoke Heath: 2 booths), thirteen months of calls with a realistic record (most delivered, some no-shows and
/// failed connections, a quarter with a problem, movement detection cutting calls short), a few priorities, and the
/// searches that found no slot. Invented, deterministic (a seeded random, dates counted from today), one save.
/// </summary>
public static class DemoVideoCalls
{
    public static async Task SeedAsync(FamilyTiesDbContext db, Establishment establishment, DateTimeOffset now, CancellationToken ct)
    {
        var e = establishment.Id;
        if (await db.VideoResources.IgnoreQueryFilters().AnyAsync(r => r.EstablishmentId == e, ct))
        {
            return;
        }
        var links = await db.PrisonerContacts.IgnoreQueryFilters().Include(l => l.Contact)
            .Where(l => l.EstablishmentId == e && l.Active && l.ApprovedVisitor && l.Prisoner!.Status == PrisonerStatus.Active)
            .OrderBy(l => l.PrisonerId).ThenBy(l => l.Id).Take(1500).ToListAsync(ct);
        var today = LondonTime.DateOf(now);
        var families = links.GroupBy(l => l.PrisonerId)
            .Select(g => (PrisonerId: g.Key, Main: g.FirstOrDefault(l => l.Contact!.AgeOn(today) >= establishment.AdultAge)))
            .Where(f => f.Main is not null).ToList();
        if (families.Count < 10)
        {
            return;
        }
        var random = new Random(9100 + e);

        var resources = establishment.Code switch
        {
            "WYI" => Many("Visits hall booth", VideoResourceKind.Booth, "Visits hall", 3).Concat(Many("Wing laptop", VideoResourceKind.Laptop, "Wings", 6)).ToList(),
            "LHI" => Many("Legal visits room", VideoResourceKind.Booth, "Legal visits", 3).Concat(Many("Older prisoners' laptop", VideoResourceKind.Laptop, "Older prisoners' units", 2)).ToList(),
            _ => Many("Video booth", VideoResourceKind.Booth, "Visits centre", 2).ToList(),
        };
        foreach (var r in resources)
        {
            r.EstablishmentId = e;
            // Weekdays 9:30, 10:30, 2pm and 3pm; booths also Tuesday and Thursday evenings, laptops Saturday mornings.
            foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })
            {
                foreach (var start in new[] { new TimeOnly(9, 30), new TimeOnly(10, 30), new TimeOnly(14, 0), new TimeOnly(15, 0) })
                {
                    r.Sessions.Add(Session(e, day, start));
                }
            }
            if (r.Kind == VideoResourceKind.Booth)
            {
                r.Sessions.Add(Session(e, DayOfWeek.Tuesday, new TimeOnly(18, 0)));
                r.Sessions.Add(Session(e, DayOfWeek.Thursday, new TimeOnly(18, 0)));
            }
            else
            {
                r.Sessions.Add(Session(e, DayOfWeek.Saturday, new TimeOnly(10, 0)));
            }
        }
        db.VideoResources.AddRange(resources);
        var sessions = resources.SelectMany(r => r.Sessions.Select(s => (Resource: r, Session: s))).ToList();

        // Thirteen months back to a week ahead: about 50 calls a month at Wymott and 25 elsewhere.
        var perMonth = establishment.Code == "WYI" ? 50 : 25;
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-12);
        var last = today.AddDays(7);
        var taken = new HashSet<(VideoSession, DateOnly)>();
        var calls = new List<VideoCall>();
        var n = 0;
        for (var month = first; month <= last; month = month.AddMonths(1))
        {
            var days = Enumerable.Range(0, DateTime.DaysInMonth(month.Year, month.Month)).Select(month.AddDays).Where(d => d <= last).ToList();
            for (var i = 0; i < perMonth && days.Count > 0; i++)
            {
                var date = days[random.Next(days.Count)];
                var onDay = sessions.Where(s => s.Session.DayOfWeek == date.DayOfWeek).ToList();
                if (onDay.Count == 0)
                {
                    continue;
                }
                var (resource, session) = onDay[random.Next(onDay.Count)];
                if (!taken.Add((session, date)))
                {
                    continue;
                }
                var family = families[random.Next(families.Count)];
                var slot = new VideoSlot { EstablishmentId = e, Session = session, Date = date, Booked = 1 };
                var call = new VideoCall
                {
                    EstablishmentId = e, Reference = $"VD{e}{++n:D5}", PrisonerId = family.PrisonerId, Slot = slot, Resource = resource, Date = date,
                    StartTime = session.StartTime, EndTime = session.EndTime, Status = VideoCallStatus.Booked,
                    Kind = random.Next(40) == 0 ? VideoCallKind.Compassionate : VideoCallKind.Allowance,
                    Participants = [new VideoCallParticipant { ContactId = family.Main!.ContactId, MainCaller = true }],
                };
                if (call.Kind == VideoCallKind.Compassionate)
                {
                    call.ArrangedBy = "Chaplaincy";
                }
                // Recorded once over, except a few of the last days' calls (unresolved until staff record them).
                var end = LondonTime.ToInstant(date, session.EndTime);
                if (end <= now && !(date >= today.AddDays(-3) && random.Next(3) == 0))
                {
                    RecordOutcome(call, random, end);
                }
                calls.Add(call);
            }
        }
        db.VideoCalls.AddRange(calls);

        // Priorities for a few prisoners, and the searches that found no slot (more for evenings).
        var bands = new[] { VideoTimeBand.Evening, VideoTimeBand.Evening, VideoTimeBand.Weekend, VideoTimeBand.Daytime, VideoTimeBand.Any };
        var reasons = Enum.GetValues<VideoPriorityReason>();
        for (var i = 0; i < Math.Min(12, families.Count); i++)
        {
            db.VideoCallPriorities.Add(new VideoCallPriority { EstablishmentId = e, PrisonerId = families[i * 3 % families.Count].PrisonerId, Reason = reasons[i % reasons.Length] });
        }
        for (var d = first; d <= today; d = d.AddDays(1 + random.Next(3)))
        {
            db.VideoCallDemands.Add(new VideoCallDemand
            {
                EstablishmentId = e, PrisonerId = families[random.Next(families.Count)].PrisonerId, Date = d, Band = bands[random.Next(bands.Length)],
                At = LondonTime.ToInstant(d, new TimeOnly(11, 0)),
            });
        }
        await db.SaveChangesAsync(ct);
    }

    private static IEnumerable<VideoResource> Many(string name, VideoResourceKind kind, string location, int count) =>
        Enumerable.Range(1, count).Select(i => new VideoResource { Name = $"{name} {i}", Kind = kind, Location = location });

    private static VideoSession Session(int e, DayOfWeek day, TimeOnly start) =>
        new() { EstablishmentId = e, DayOfWeek = day, StartTime = start, EndTime = start.AddMinutes(30) };

    /// <summary>
    /// A past call's recorded outcome, drawn in the proportions the demo shows (no-shows, failed connections, drops,
    /// frozen video, buffering, no audio, ratings); the scale generator draws its calls' outcomes here too.
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
