using FamilyTies.Data;
using FamilyTies.Data.Measures;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.FamilyDays;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.FamilyDays.Home;

public sealed record Landing(
    int Year, int Target, MeasureValue HeldYtd, MeasureValue DueByNow, MeasureValue OutsideSchoolHours, MeasureValue MeanLength,
    MeasureValue FamiliesAttended, MeasureValue DaysSinceForum, MeasureValue ActionsOverdue, MeasureValue Participants,
    DateOnly? LastForum, DateOnly NextForumDue, bool ForumOverdue, IReadOnlyList<FamilyDay> Upcoming);

/// <summary>The pathway's landing page: this London year's family days against the target, and whether a forum is overdue, from the measures layer.</summary>
public sealed class LandingFiguresHandler(FamilyTiesDbContext db)
{
    public async Task<Landing> Handle()
    {
        var now = db.Clock.GetUtcNow();
        var today = LondonTime.DateOf(now);
        var year = MeasurePeriod.Days(today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31), now);
        var month = MeasurePeriod.Month(today, now);
        var q = await MeasureQuery.ForCurrentAsync(db, [year]);
        var yearly = await MeasureRegistry.ComputeAsync(q, new[] { "familydays.held_ytd", "familydays.outside_school_hours_pct", "familydays.mean_length_hours", "familydays.families_attended" }
            .Select(MeasureRegistry.Get));
        var monthly = await MeasureRegistry.ComputeAsync(q.For([month]), new[] { "familydays.target_ytd", "forums.days_since_last", "forums.actions_overdue", "schemes.participants" }
            .Select(MeasureRegistry.Get));
        var establishment = q.Establishments.Values.Single();
        var e = establishment.Id;
        var lastForum = await db.Forums.Where(f => f.Date <= today).MaxAsync(f => (DateOnly?)f.Date);
        var nextDue = Forum.NextDue(lastForum, establishment.ForumIntervalMaxMonths, today);
        var upcoming = await db.FamilyDays.AsNoTracking().Where(d => !d.Cancelled && d.Date >= today).OrderBy(d => d.Date).ThenBy(d => d.StartTime).Take(5).ToListAsync();
        return new Landing(today.Year, establishment.FamilyDaysPerYearTarget,
            yearly.Value("familydays.held_ytd", e, 0), monthly.Value("familydays.target_ytd", e, 0), yearly.Value("familydays.outside_school_hours_pct", e, 0),
            yearly.Value("familydays.mean_length_hours", e, 0), yearly.Value("familydays.families_attended", e, 0),
            monthly.Value("forums.days_since_last", e, 0), monthly.Value("forums.actions_overdue", e, 0), monthly.Value("schemes.participants", e, 0),
            lastForum, nextDue, lastForum is null || nextDue < today, upcoming);
    }
}
