using FamilyTies.Domain.People;
using FamilyTies.Domain.VideoCalls;
using Microsoft.EntityFrameworkCore;
using static FamilyTies.Data.Measures.MeasureRows;

namespace FamilyTies.Data.Measures;

/// <summary>
/// Video calls (issue 10): booked, delivered (only what a call record says: an unresolved call is never delivered),
/// minutes, allowance use, evening and weekend share, quality problems, unmet requests and calls per foreign national.
/// A few hundred calls a month per establishment: the layer loads the periods' calls once per query and counts them.
/// </summary>
internal static class VideoCallMeasures
{
    public static readonly Measure Booked = new(
        "video.calls_booked", "Video calls booked",
        "Video calls dated in the period that are booked (not cancelled), compassionate calls included.",
        MeasureUnit.Count, Better.Higher,
        async q => Count(q, await Calls(q), _ => true),
        (q, skip, take) => CallsPage(q, _ => true, skip, take));

    public static readonly Measure Delivered = new(
        "video.calls_delivered", "Video calls delivered",
        "Video calls dated in the period whose record says the call took place (in full or in part). A call past its end with nothing recorded is unresolved and never counted.",
        MeasureUnit.Count, Better.Higher,
        async q => Count(q, await Calls(q), c => c.Delivered),
        (q, skip, take) => CallsPage(q, c => c.Delivered, skip, take));

    public static readonly Measure MinutesDelivered = new(
        "video.minutes_delivered", "Video call minutes delivered",
        "The minutes delivered, as recorded, by the video calls dated in the period that took place.",
        MeasureUnit.Minutes, Better.Higher,
        async q =>
        {
            var calls = await Calls(q);
            return q.Every((e, i) => new MeasureValue(e, i, calls.Where(c => c.EstablishmentId == e && In(q, i, c.Date) && c.Delivered).Sum(c => c.DeliveredMinutes)));
        },
        (q, skip, take) => CallsPage(q, c => c.Delivered, skip, take));

    public static readonly Measure AllowanceUsed = new(
        "video.allowance_used_pct", "Video call allowance used",
        "Minutes of allowance calls booked (not cancelled; compassionate calls are outside the allowance) dated in the period, as a share of the standard minutes available: prisoners on the roll at the period's end × the establishment's video-call minutes a month (at most the national 60). Wellbeing extras and exchanged visiting orders can take it over 100.",
        MeasureUnit.Percent, Better.Higher,
        async q =>
        {
            var calls = await Calls(q);
            var roll = await RollCounts.OfAsync(q, RollCondition.All);
            return q.Every((e, i) =>
            {
                var minutes = Math.Min(q.Establishments[e].VideoCallMinutesPerMonth, Domain.Establishments.Establishment.PolicyMaxVideoCallMinutes);
                return Percent(e, i, calls.Where(c => c.EstablishmentId == e && In(q, i, c.Date) && c.Kind == VideoCallKind.Allowance).Sum(c => c.BookedMinutes),
                    roll.GetValueOrDefault((e, i)) * minutes);
            });
        },
        (q, skip, take) => CallsPage(q, c => c.Kind == VideoCallKind.Allowance, skip, take));

    public static readonly Measure EveningWeekend = new(
        "video.evening_weekend_share_pct", "Video calls in the evening or at the weekend",
        "Of the video calls booked (not cancelled) dated in the period, the share starting at 5pm or later or on a Saturday or Sunday.",
        MeasureUnit.Percent, Better.Higher,
        async q => Share(q, await Calls(q), c => VideoSession.IsEveningOrWeekend(c.Date, c.Start), _ => true),
        (q, skip, take) => CallsPage(q, c => VideoSession.IsEveningOrWeekend(c.Date, c.Start), skip, take));

    public static readonly Measure QualityProblems = new(
        "video.quality_problem_pct", "Video calls with quality problems",
        "Of the video calls delivered in the period, the share whose record notes a dropped connection, buffering, frozen video or no audio.",
        MeasureUnit.Percent, Better.Lower,
        async q => Share(q, await Calls(q), c => c.Problem, c => c.Delivered),
        (q, skip, take) => CallsPage(q, c => c.Delivered && c.Problem, skip, take));

    public static readonly Measure NoSlotRequests = new(
        "video.no_slot_requests", "Video call requests with no free slot",
        "Times staff searched for a prisoner's video call in the period (London date of the search) and no slot was free in the booking window: unmet demand.",
        MeasureUnit.Count, Better.Lower,
        async q =>
        {
            var rows = await Demand(q);
            return q.Every((e, i) => new MeasureValue(e, i, rows.Count(r => r.EstablishmentId == e && In(q, i, r.Date))));
        },
        async (q, skip, take) => Page(["Date", "Prison number", "Wanted"],
            (await Demand(q)).Where(r => In(q, 0, r.Date)).OrderBy(r => r.Date).ThenBy(r => r.PrisonNumber)
                .Select(r => (IReadOnlyList<string>)[Date(r.Date), r.PrisonNumber, r.Band.ToString()]).ToList(), skip, take));

    public static readonly Measure CallsPerForeignNational = new(
        "video.calls_per_foreign_national", "Video calls delivered per foreign national",
        "Video calls delivered in the period to foreign nationals (Cohorts.ForeignNational), divided by the foreign nationals on the roll at the period's end, to two decimal places.",
        MeasureUnit.Count, Better.Higher,
        async q =>
        {
            var calls = await Calls(q);
            var roll = await RollCounts.OfAsync(q, RollCondition.Foreign);
            return q.Every((e, i) =>
            {
                var n = calls.Count(c => c.EstablishmentId == e && In(q, i, c.Date) && c.Delivered && c.ForeignNational);
                var d = roll.GetValueOrDefault((e, i));
                return new MeasureValue(e, i, d == 0 ? null : Math.Round((decimal)n / d, 2), n, d);
            });
        },
        (q, skip, take) => CallsPage(q, c => c.Delivered && c.ForeignNational, skip, take));

    private static bool In(MeasureQuery q, int i, DateOnly date) => date >= q.Periods[i].FirstDay && date <= q.Periods[i].LastDay;

    private sealed record CallRow(int EstablishmentId, DateOnly Date, TimeOnly Start, int BookedMinutes, VideoCallKind Kind, bool Delivered, int DeliveredMinutes,
        bool Problem, bool ForeignNational, string PrisonNumber, string Reference, string Outcome);

    private static IReadOnlyList<MeasureValue> Count(MeasureQuery q, List<CallRow> calls, Func<CallRow, bool> which) =>
        q.Every((e, i) => new MeasureValue(e, i, calls.Count(c => c.EstablishmentId == e && In(q, i, c.Date) && which(c))));

    private static IReadOnlyList<MeasureValue> Share(MeasureQuery q, List<CallRow> calls, Func<CallRow, bool> numerator, Func<CallRow, bool> denominator) =>
        q.Every((e, i) =>
        {
            var mine = calls.Where(c => c.EstablishmentId == e && In(q, i, c.Date) && denominator(c)).ToList();
            return Percent(e, i, mine.Count(numerator), mine.Count);
        });

    /// <summary>The periods' calls, not cancelled, loaded once per measure query (shared by the video measures).</summary>
    private static Task<List<CallRow>> Calls(MeasureQuery q) => q.Shared("video.calls", async () =>
    {
        var from = q.Periods.Select(p => p.FirstDay).DefaultIfEmpty(q.Today).Min();
        var to = q.Periods.Select(p => p.LastDay).DefaultIfEmpty(q.Today).Max();
        // The one foreign-national rule applied to the call's prisoner, read through the join the prison number needs.
        var rows = await q.Rows<VideoCall>().Where(c => c.Status != VideoCallStatus.Cancelled && c.Date >= from && c.Date <= to)
            .Select(Rules.Expand((VideoCall c) => new
            {
                c.EstablishmentId, c.Date, c.StartTime, c.EndTime, c.Kind, c.Outcome, c.DeliveredMinutes, c.Dropped, c.Buffering, c.FrozenVideo, c.NoAudio,
                ForeignNational = Rules.ForeignNational(c.Prisoner!), c.Prisoner!.PrisonNumber, c.Reference,
            })).ToListAsync();
        return rows.Select(c => new CallRow(c.EstablishmentId, c.Date, c.StartTime, (int)(c.EndTime - c.StartTime).TotalMinutes, c.Kind,
            c.Outcome == VideoCallOutcome.Delivered, c.DeliveredMinutes ?? 0, c.Dropped || c.Buffering || c.FrozenVideo || c.NoAudio, c.ForeignNational,
            c.PrisonNumber, c.Reference, c.Outcome?.ToString() ?? "Not recorded")).ToList();
    });

    private static async Task<DrillPage> CallsPage(MeasureQuery q, Func<CallRow, bool> which, int skip, int take) =>
        Page(["Date", "Start", "Reference", "Prison number", "Kind", "Outcome", "Minutes delivered", "Quality problem"],
            (await Calls(q)).Where(c => In(q, 0, c.Date) && which(c)).OrderBy(c => c.Date).ThenBy(c => c.Start).ThenBy(c => c.Reference)
                .Select(c => (IReadOnlyList<string>)[Date(c.Date), Time(c.Start), c.Reference, c.PrisonNumber, c.Kind.ToString(), c.Outcome,
                    c.DeliveredMinutes.ToString(Invariant), YesNo(c.Problem)]).ToList(), skip, take);

    private sealed record DemandRow(int EstablishmentId, DateOnly Date, string PrisonNumber, VideoTimeBand Band);

    private static async Task<List<DemandRow>> Demand(MeasureQuery q)
    {
        var from = q.Periods.Select(p => p.FirstDay).DefaultIfEmpty(q.Today).Min();
        var to = q.Periods.Select(p => p.LastDay).DefaultIfEmpty(q.Today).Max();
        var prisoners = q.Rows<Prisoner>();
        return (await q.Rows<VideoCallDemand>().Where(d => d.Date >= from && d.Date <= to)
                .Select(d => new { d.EstablishmentId, d.Date, PrisonNumber = prisoners.Where(p => p.Id == d.PrisonerId).Select(p => p.PrisonNumber).FirstOrDefault(), d.Band })
                .ToListAsync())
            .Select(d => new DemandRow(d.EstablishmentId, d.Date, d.PrisonNumber ?? "", d.Band)).ToList();
    }
}
