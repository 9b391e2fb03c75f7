using FamilyTies.Domain.Common;
using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.VideoCalls;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Data.DemoData;

/// <summary>
/// Video calls at each demo establishment (issue 10): booths and laptops with weekly sessions (Wymott: 3 booths in the
/// visits hall and 6 laptops on the wings; Littlehey: 3 rooms in legal visits and 2 laptops on the older prisoners'
/// units; Stoke Heath: 2 booths) and a few priorities. Thirteen months of calls on them, and the searches that found no
/// slot, are the history's (<see cref="DemoHistory"/>, written by the generator). Invented, deterministic, one save.
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
        var families = await DemoHistory.Families(db, establishment, LondonTime.DateOf(now), ct);
        if (families.Count < 10)
        {
            return;
        }

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

        // Priorities for a few prisoners. The calls and the searches that found no slot are the history's (DemoHistory).
        var reasons = Enum.GetValues<VideoPriorityReason>();
        for (var i = 0; i < Math.Min(12, families.Count); i++)
        {
            db.VideoCallPriorities.Add(new VideoCallPriority { EstablishmentId = e, PrisonerId = families[i * 3 % families.Count].PrisonerId, Reason = reasons[i % reasons.Length] });
        }
        await db.SaveChangesAsync(ct);
    }

    private static IEnumerable<VideoResource> Many(string name, VideoResourceKind kind, string location, int count) =>
        Enumerable.Range(1, count).Select(i => new VideoResource { Name = $"{name} {i}", Kind = kind, Location = location });

    private static VideoSession Session(int e, DayOfWeek day, TimeOnly start) =>
        new() { EstablishmentId = e, DayOfWeek = day, StartTime = start, EndTime = start.AddMinutes(30) };
}
