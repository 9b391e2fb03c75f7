using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using static FamilyTies.Data.Measures.MeasureRows;

namespace FamilyTies.Data.Measures;

/// <summary>
/// Session capacity: every dated occurrence of an active session template in the period, less blocked sessions and
/// days, counting its open and closed tables. Templates and blocks are few (tens a prison), so occurrences are worked
/// out from them; the visits are counted by the database.
/// </summary>
internal static class CapacityMeasures
{
    public const int WeekendSearchDays = 180;

    public static readonly Measure Used = new(
        "visits.capacity_used_pct", "Capacity used",
        "Visits booked in the period as a share of the tables (open and closed) in its sessions, blocked sessions left out.",
        MeasureUnit.Percent, Better.Higher,
        async q =>
        {
            var booked = await VisitMeasures.Booked.Compute(q);
            var capacity = await CapacityAsync(q, _ => true);
            return booked.Select(b => Percent(b.EstablishmentId, b.Period, (int)(b.Value ?? 0), capacity.GetValueOrDefault((b.EstablishmentId, b.Period)))).ToList();
        },
        (q, skip, take) => OccurrenceRowsAsync(q, skip, take));

    public static readonly Measure EveningShare = new(
        "visits.evening_capacity_share_pct", "Evening share of capacity",
        "Tables in sessions starting at 5pm or later as a share of all tables in the period's sessions.",
        MeasureUnit.Percent, Better.Higher,
        q => ShareAsync(q, o => o.Start >= SessionTemplate.EveningStarts),
        (q, skip, take) => OccurrenceRowsAsync(q, skip, take));

    public static readonly Measure WeekendShare = new(
        "visits.weekend_capacity_share_pct", "Weekend share of capacity",
        "Tables in Saturday and Sunday sessions as a share of all tables in the period's sessions.",
        MeasureUnit.Percent, Better.Higher,
        q => ShareAsync(q, o => o.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday),
        (q, skip, take) => OccurrenceRowsAsync(q, skip, take));

    public static readonly Measure WeekendWait = new(
        "visits.next_weekend_slot_wait_days", "Wait for the next free weekend table",
        "Days from the period's last day (today, for the period under way) to the first later Saturday or Sunday session with a free open table.",
        MeasureUnit.Days, Better.Lower,
        WeekendWaitAsync,
        WeekendRowsAsync)
    {
        Target = e => e.WeekendWaitTargetDays,
        TargetSource = "Establishment setting: weekend wait target (days), default 14",
    };

    internal sealed record Occurrence(int EstablishmentId, int TemplateId, string Session, DateOnly Date, TimeOnly Start, int Open, int Closed)
    {
        public int Tables => Open + Closed;
    }

    /// <summary>The sessions that run on the days from <paramref name="first"/> to <paramref name="last"/>, blocks left out.</summary>
    internal static async Task<List<Occurrence>> OccurrencesAsync(MeasureQuery q, DateOnly first, DateOnly last, bool weekendOnly = false)
    {
        var templates = await q.Rows<SessionTemplate>()
            .Where(t => t.Active && t.ValidFrom <= last && (t.ValidTo == null || t.ValidTo >= first))
            .Where(t => !weekendOnly || t.DayOfWeek == DayOfWeek.Saturday || t.DayOfWeek == DayOfWeek.Sunday)
            .ToListAsync();
        var blocks = (await q.Rows<BlockedDate>().Where(b => !b.Removed && b.Date >= first && b.Date <= last)
                .Select(b => new { b.EstablishmentId, b.Date, b.SessionTemplateId }).ToListAsync())
            .ToLookup(b => (b.EstablishmentId, b.Date));
        var result = new List<Occurrence>();
        foreach (var t in templates)
        {
            var date = first.AddDays(((int)t.DayOfWeek - (int)first.DayOfWeek + 7) % 7);
            for (; date <= last; date = date.AddDays(7))
            {
                if (t.OccursOn(date) && !blocks[(t.EstablishmentId, date)].Any(b => b.SessionTemplateId is null || b.SessionTemplateId == t.Id))
                {
                    result.Add(new Occurrence(t.EstablishmentId, t.Id, t.Name, date, t.StartTime, t.OpenCapacity, t.ClosedCapacity));
                }
            }
        }
        return result;
    }

    private static async Task<Dictionary<(int, int), int>> CapacityAsync(MeasureQuery q, Func<Occurrence, bool> which)
    {
        var occurrences = await q.Shared("capacity.occurrences", () => OccurrencesAsync(q, q.Periods.Min(p => p.FirstDay), q.Periods.Max(p => p.LastDay)));
        var result = new Dictionary<(int, int), int>();
        for (var i = 0; i < q.Periods.Count; i++)
        {
            var p = q.Periods[i];
            foreach (var g in occurrences.Where(o => o.Date >= p.FirstDay && o.Date <= p.LastDay && which(o)).GroupBy(o => o.EstablishmentId))
            {
                result[(g.Key, i)] = g.Sum(o => o.Tables);
            }
        }
        return result;
    }

    private static async Task<IReadOnlyList<MeasureValue>> ShareAsync(MeasureQuery q, Func<Occurrence, bool> part) =>
        Shares(q, await CapacityAsync(q, part), await CapacityAsync(q, _ => true));

    private static async Task<DrillPage> OccurrenceRowsAsync(MeasureQuery q, int skip, int take)
    {
        var p = q.Periods[0];
        var occurrences = await OccurrencesAsync(q, p.FirstDay, p.LastDay);
        var booked = (await q.Rows<Visit>().Where(v => v.Status == VisitStatus.Booked && v.Date >= p.FirstDay && v.Date <= p.LastDay)
                .GroupBy(v => new { v.SessionSlot!.SessionTemplateId, v.Date })
                .Select(g => new { g.Key.SessionTemplateId, g.Key.Date, Count = g.Count() }).ToListAsync())
            .ToDictionary(b => (b.SessionTemplateId, b.Date), b => b.Count);
        var rows = occurrences.OrderBy(o => o.Date).ThenBy(o => o.Start).ThenBy(o => o.Session)
            .Select(o => (IReadOnlyList<string>)[Date(o.Date), o.Date.DayOfWeek.ToString(), Time(o.Start), o.Session, o.Tables.ToString(Invariant),
                booked.GetValueOrDefault((o.TemplateId, o.Date)).ToString(Invariant),
                YesNo(o.Start >= SessionTemplate.EveningStarts), YesNo(o.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)])
            .ToList();
        return Page(["Date", "Day", "Starts", "Session", "Tables", "Visits booked", "Evening", "Weekend"], rows, skip, take);
    }

    /// <summary>The day the wait is counted from: the period's last day, or today while the period is under way.</summary>
    private static DateOnly From(MeasureQuery q, MeasurePeriod p) => p.LastDay < q.Today ? p.LastDay : q.Today;

    private sealed record FreeWeekend(int EstablishmentId, DateOnly Date, TimeOnly Start, string Session, int Open, int BookedOpen);

    private static async Task<List<FreeWeekend>> WeekendSessionsAsync(MeasureQuery q, DateOnly after, DateOnly until)
    {
        var occurrences = await OccurrencesAsync(q, after.AddDays(1), until, weekendOnly: true);
        var slots = (await q.Rows<SessionSlot>().Where(s => s.Date > after && s.Date <= until)
                .Where(s => s.SessionTemplate!.DayOfWeek == DayOfWeek.Saturday || s.SessionTemplate.DayOfWeek == DayOfWeek.Sunday)
                .Select(s => new { s.SessionTemplateId, s.Date, s.BookedOpen }).ToListAsync())
            .ToDictionary(s => (s.SessionTemplateId, s.Date), s => s.BookedOpen);
        return occurrences.Select(o => new FreeWeekend(o.EstablishmentId, o.Date, o.Start, o.Session, o.Open, slots.GetValueOrDefault((o.TemplateId, o.Date))))
            .OrderBy(o => o.Date).ThenBy(o => o.Start).ToList();
    }

    private static async Task<IReadOnlyList<MeasureValue>> WeekendWaitAsync(MeasureQuery q)
    {
        var froms = q.Periods.Select(p => From(q, p)).ToList();
        var sessions = await WeekendSessionsAsync(q, froms.Min(), froms.Max().AddDays(WeekendSearchDays));
        return q.Every((e, i) =>
        {
            var from = froms[i];
            var first = sessions.FirstOrDefault(s => s.EstablishmentId == e && s.Date > from && s.Date <= from.AddDays(WeekendSearchDays) && s.BookedOpen < s.Open);
            return new MeasureValue(e, i, first is null ? null : first.Date.DayNumber - from.DayNumber);
        });
    }

    private static async Task<DrillPage> WeekendRowsAsync(MeasureQuery q, int skip, int take)
    {
        var from = From(q, q.Periods[0]);
        var sessions = await WeekendSessionsAsync(q, from, from.AddDays(WeekendSearchDays));
        var rows = sessions.Select(s => (IReadOnlyList<string>)[Date(s.Date), s.Date.DayOfWeek.ToString(), Time(s.Start), s.Session,
            s.Open.ToString(Invariant), s.BookedOpen.ToString(Invariant), Math.Max(0, s.Open - s.BookedOpen).ToString(Invariant),
            (s.Date.DayNumber - from.DayNumber).ToString(Invariant)]).ToList();
        return Page(["Date", "Day", "Starts", "Session", "Open tables", "Booked", "Free", "Days after " + Date(from)], rows, skip, take);
    }
}
