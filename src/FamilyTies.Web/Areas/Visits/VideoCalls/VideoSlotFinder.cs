using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;
using FamilyTies.Domain.VideoCalls;
using FamilyTies.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.VideoCalls;

/// <summary>One free time to offer, with each overseas participant's own time.</summary>
public sealed record VideoSlotOption(string Key, DateOnly Date, TimeOnly Start, TimeOnly End, string Resource, IReadOnlyList<(string Name, string Country, VideoCallRules.LocalTime Local)> Family)
{
    public bool NightForFamily => Family.Any(f => f.Local.Night);
}

/// <summary>
/// The free video sessions for a prisoner in the fortnight from a date (inside the booking window): sessions that
/// run, are not blocked, the prisoner may use, in the wanted time band and not yet booked. One query each for
/// sessions, blocks and the booked slots.
/// </summary>
public sealed class VideoSlotFinder(FamilyTiesDbContext db, TimeProvider clock)
{
    public const int Days = 14;

    public async Task<IReadOnlyList<VideoSlotOption>> Find(Prisoner prisoner, IReadOnlyList<Contact> participants, DateOnly? from, VideoTimeBand band, bool compassionate)
    {
        var establishment = await db.Establishments.AsNoTracking().SingleAsync(e => e.Id == prisoner.EstablishmentId);
        var today = clock.Today();
        var earliest = compassionate ? today : today.AddDays(establishment.MinBookingNoticeDays);
        var first = from is { } f && f > earliest ? f : earliest;
        var last = new[] { first.AddDays(Days - 1), today.AddDays(establishment.MaxBookingNoticeDays) }.Min();
        if (last < first)
        {
            return [];
        }
        var sessions = await db.VideoSessions.AsNoTracking().Include(s => s.Resource).Where(s => s.Active && s.Resource!.Active).ToListAsync();
        var blocks = await db.VideoBlocks.AsNoTracking().Where(b => b.FromDate <= last && b.ToDate >= first).ToListAsync();
        var booked = (await db.VideoSlots.AsNoTracking().Where(s => s.Date >= first && s.Date <= last && s.Booked > 0)
            .Select(s => new { s.VideoSessionId, s.Date }).ToListAsync()).Select(s => (s.VideoSessionId, s.Date)).ToHashSet();
        var now = clock.GetUtcNow();
        var options = new List<VideoSlotOption>();
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            foreach (var s in sessions.Where(s => s.OccursOn(d) && s.IsEligible(prisoner)).OrderBy(s => s.StartTime).ThenBy(s => s.Resource!.Name))
            {
                if (booked.Contains((s.Id, d)) || blocks.Any(b => b.Blocks(s.VideoResourceId, d)) || !VideoCallDemand.InBand(band, d, s.StartTime)
                    || LondonTime.ToInstant(d, s.StartTime) <= now)
                {
                    continue;
                }
                var family = participants
                    .Select(c => (c.FullName, c.Country, Local: VideoCallRules.ForFamily(d, s.StartTime, s.EndTime, c.TimeZone)))
                    .Where(x => x.Local is not null)
                    .Select(x => (x.FullName, x.Country, x.Local!)).ToList();
                options.Add(new VideoSlotOption(VideoBookForm.SlotKey(s.Id, d), d, s.StartTime, s.EndTime, s.Resource!.Name, family));
            }
        }
        return options;
    }
}
