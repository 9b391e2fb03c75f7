using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using static FamilyTies.Data.Measures.MeasureRows;

namespace FamilyTies.Data.Measures;

/// <summary>Visits booked and cancelled in a period: visits whose date falls in it.</summary>
internal static class VisitMeasures
{
    public static readonly Measure Booked = new(
        "visits.booked", "Visits booked",
        "Visits and video calls dated in the period that are booked (not cancelled).",
        MeasureUnit.Count, Better.Higher,
        q => q.Shared("visits.booked", async () => Counts(q, await CountAsync(q, VisitStatus.Booked))),
        (q, skip, take) => RowsAsync(q, VisitStatus.Booked, skip, take));

    public static readonly Measure Cancelled = new(
        "visits.cancelled", "Visits cancelled",
        "Visits and video calls dated in the period that were cancelled, for any reason.",
        MeasureUnit.Count, Better.Lower,
        async q => Counts(q, await CountAsync(q, VisitStatus.Cancelled)),
        (q, skip, take) => RowsAsync(q, VisitStatus.Cancelled, skip, take));

    public static Task<Dictionary<(int, int), int>> CountAsync(MeasureQuery q, VisitStatus status) => q.National
        ? NationalCountAsync(q, status)
        : PeriodBuckets.CountAsync(q, q.Rows<Visit>().Where(v => v.Status == status), v => v.Date, p => (p.FirstDay, p.LastDay.AddDays(1)));

    /// <summary>
    /// Every establishment at once: each establishment's visits counted by the index on establishment, date and status
    /// (one range a prison and period), not a year of every prison's visits grouped (decision 0030, "Second pass").
    /// </summary>
    private static async Task<Dictionary<(int, int), int>> NationalCountAsync(MeasureQuery q, VisitStatus status)
    {
        var result = new Dictionary<(int, int), int>();
        for (var i = 0; i < q.Periods.Count; i++)
        {
            var (first, last) = (q.Periods[i].FirstDay, q.Periods[i].LastDay);
            var visits = q.Rows<Visit>();
            foreach (var e in await q.Rows<Domain.Establishments.Establishment>()
                         .Select(e => new { e.Id, Count = visits.Count(v => v.EstablishmentId == e.Id && v.Date >= first && v.Date <= last && v.Status == status) })
                         .ToListAsync())
            {
                if (e.Count > 0)
                {
                    result[(e.Id, i)] = e.Count;
                }
            }
        }
        return result;
    }

    private static async Task<DrillPage> RowsAsync(MeasureQuery q, VisitStatus status, int skip, int take)
    {
        var p = q.Periods[0];
        var rows = q.Rows<Visit>().Where(v => v.Status == status && v.Date >= p.FirstDay && v.Date <= p.LastDay);
        var total = await rows.CountAsync();
        var page = await rows.OrderBy(v => v.Date).ThenBy(v => v.StartTime).ThenBy(v => v.Id).Skip(skip).Take(take)
            .Select(v => new { v.Date, v.StartTime, v.Reference, v.Prisoner!.PrisonNumber, v.Prisoner.LastName, v.Prisoner.FirstName, v.CancellationReason })
            .ToListAsync();
        return new DrillPage(["Date", "Time", "Reference", "Prison number", "Prisoner", "Cancellation reason"],
            page.Select(v => (IReadOnlyList<string>)[Date(v.Date), Time(v.StartTime), v.Reference, v.PrisonNumber, $"{v.LastName}, {v.FirstName}",
                v.CancellationReason?.ToString() ?? ""]).ToList(), total);
    }
}
