using FamilyTies.Domain.Common;
using FamilyTies.Domain.SaferCustody;
using Microsoft.EntityFrameworkCore;
using static FamilyTies.Data.Measures.MeasureRows;

namespace FamilyTies.Data.Measures;

/// <summary>
/// The safer custody line (docs/decisions/0010-safer-custody.md). A contact counts in the period it was received.
/// Entries a later entry corrects do not count. No caller detail or note ever leaves this layer.
/// </summary>
public static class SaferCustodyMeasures
{
    internal static readonly Measure Contacts = new(
        "safercustody.contacts", "Safer custody contacts",
        "Contacts received in the period, by any channel.",
        MeasureUnit.Count, Better.Neither,
        async q => Facts(q, await FactsAsync(q), (e, i, list) => new MeasureValue(e, i, list.Count)),
        ContactRowsAsync);

    internal static readonly Measure FirstActionMedian = new(
        "safercustody.first_action_median_minutes", "Median time to first action",
        "The middle time from receiving a contact to its first action, over the period's contacts that have one (the mean of the two middle times for an even count).",
        MeasureUnit.Minutes, Better.Lower,
        async q => Facts(q, await FactsAsync(q), (e, i, list) => Minutes(e, i, Statistics.Median(FirstActionTimes(list)))),
        ContactRowsAsync);

    internal static readonly Measure FirstActionP90 = new(
        "safercustody.first_action_p90_minutes", "90th percentile time to first action",
        "The time within which 90% of the period's contacts with a first action had it (nearest rank).",
        MeasureUnit.Minutes, Better.Lower,
        async q => Facts(q, await FactsAsync(q), (e, i, list) => Minutes(e, i, Statistics.Percentile(FirstActionTimes(list), 90))),
        ContactRowsAsync)
    {
        Target = e => e.RoutineFirstActionHours * 60,
        TargetSource = "Establishment setting: first action on a routine contact within (hours), in minutes",
    };

    internal static readonly Measure CallerTold = new(
        "safercustody.caller_told_pct", "Callers told the outcome",
        "Of the period's contacts whose caller asked for a call back, the share with the caller told the outcome.",
        MeasureUnit.Percent, Better.Higher,
        async q => Facts(q, await FactsAsync(q), (e, i, list) => Percent(e, i, list.Count(c => c.WantsCallback && c.Told), list.Count(c => c.WantsCallback))),
        ContactRowsAsync)
    {
        Target = e => e.CallerToldTargetPercent,
        TargetSource = "Establishment setting: callers told the outcome target (%), default 90",
    };

    internal static readonly Measure Overdue = new(
        "safercustody.overdue", "Contacts that missed a service level",
        "Contacts received in the period whose first action or call back was late, or is overdue now.",
        MeasureUnit.Count, Better.Lower,
        async q => Facts(q, await FactsAsync(q), (e, i, list) => new MeasureValue(e, i, list.Count(c => c.Missed(q)))),
        ContactRowsAsync)
    {
        Target = _ => 0,
        TargetSource = "None missed (the service levels are the establishment's settings)",
    };

    internal static readonly Measure VoicemailGap = new(
        "safercustody.voicemail_longest_gap_minutes", "Longest voicemail gap",
        "The longest stretch of staffed line time in the period between voicemail checks (from the last check before it, and until its end or now).",
        MeasureUnit.Minutes, Better.Lower,
        VoicemailGapAsync,
        VoicemailRowsAsync)
    {
        Target = e => e.VoicemailCheckIntervalMinutes,
        TargetSource = "Establishment setting: voicemail check interval (minutes)",
    };

    internal static readonly Measure AcctFamilyAsked = new(
        "safercustody.acct_family_asked_pct", "ACCT: prisoner asked about family involvement",
        "Of the ACCTs open at any time in the period, the share whose prisoner had been asked by its last day whether family should be involved.",
        MeasureUnit.Percent, Better.Higher,
        AcctAsync,
        AcctRowsAsync)
    {
        Target = e => e.AcctFamilyAskedTargetPercent,
        TargetSource = "Establishment setting: ACCT family question target (%), default 100",
    };

    /// <summary>What the measures need to know about one contact: its times, never its content.</summary>
    public sealed record ContactFacts(int Id, int EstablishmentId, DateTimeOffset ReceivedAt, ContactChannel Channel, ConcernCategory Categories,
        bool ImminentRisk, bool WantsCallback, DateTimeOffset? FirstActionAt, DateTimeOffset? FirstFeedbackAt, bool Told)
    {
        internal bool Missed(MeasureQuery q) =>
            ServiceLevels.For(new ContactTimes(ReceivedAt, Channel, Categories, ImminentRisk, WantsCallback, FirstActionAt, FirstFeedbackAt),
                ServiceLevelSettings.From(q.Establishments[EstablishmentId])).Any(d => d.IsBreached(q.Now));
    }

    /// <summary>
    /// The contacts received in the periods, narrowed by the database to one row each (the first effective action and
    /// caller feedback are subqueries). Shared by every safer custody measure of one query.
    /// </summary>
    public static Task<List<ContactFacts>> FactsAsync(MeasureQuery q) => q.Shared("safercustody.facts", async () =>
    {
        var (from, end) = (q.Periods.Min(p => p.From), q.Periods.Max(p => p.End));
        var rows = await q.Rows<SaferCustodyContact>().Where(c => c.ReceivedAt >= from && c.ReceivedAt < end)
            .Select(c => new
            {
                c.Id, c.EstablishmentId, c.ReceivedAt, c.Channel, c.Categories, c.ImminentRisk, c.CallerWantsCallback,
                FirstActionAt = c.Actions.Where(a => !c.Actions.Any(x => x.CorrectsId == a.Id)).Min(a => (DateTimeOffset?)a.OccurredAt),
                FirstFeedbackAt = c.CallerFeedback.Where(f => !c.CallerFeedback.Any(x => x.CorrectsId == f.Id)).Min(f => (DateTimeOffset?)f.OccurredAt),
                Told = c.CallerFeedback.Any(f => f.Result == CallerFeedbackResult.Told && !c.CallerFeedback.Any(x => x.CorrectsId == f.Id)),
            })
            .ToListAsync();
        return rows.Select(r => new ContactFacts(r.Id, r.EstablishmentId, r.ReceivedAt, r.Channel, r.Categories, r.ImminentRisk, r.CallerWantsCallback,
            r.FirstActionAt, r.FirstFeedbackAt, r.Told)).OrderBy(r => r.ReceivedAt).ToList();
    });

    /// <summary>The contacts of each establishment and period.</summary>
    public static IReadOnlyList<ContactFacts> InPeriod(IEnumerable<ContactFacts> facts, int establishmentId, MeasurePeriod p) =>
        facts.Where(c => c.EstablishmentId == establishmentId && c.ReceivedAt >= p.From && c.ReceivedAt < p.End).ToList();

    private static IReadOnlyList<MeasureValue> Facts(MeasureQuery q, List<ContactFacts> facts, Func<int, int, IReadOnlyList<ContactFacts>, MeasureValue> value) =>
        q.Every((e, i) => value(e, i, InPeriod(facts, e, q.Periods[i])));

    private static IEnumerable<TimeSpan> FirstActionTimes(IEnumerable<ContactFacts> contacts) =>
        contacts.Where(c => c.FirstActionAt is not null).Select(c => c.FirstActionAt!.Value - c.ReceivedAt);

    private static MeasureValue Minutes(int e, int i, TimeSpan? t) => new(e, i, t is { } v ? MeasureRows.Minutes(v) : null);

    private static async Task<DrillPage> ContactRowsAsync(MeasureQuery q, int skip, int take)
    {
        var p = q.Periods[0];
        var rows = (await FactsAsync(q)).Where(c => c.ReceivedAt >= p.From && c.ReceivedAt < p.End)
            .Select(c => (IReadOnlyList<string>)[SaferCustodyContact.FormatReference(c.Id), Instant(c.ReceivedAt), SaferCustodyText.Of(c.Channel),
                YesNo(c.ImminentRisk || c.Categories.HasFlag(ConcernCategory.Urgent)),
                c.FirstActionAt is { } a ? Number(MeasureRows.Minutes(a - c.ReceivedAt)) : "",
                YesNo(c.WantsCallback), YesNo(c.Told), YesNo(c.Missed(q))]).ToList();
        return Page(["Reference", "Received", "Channel", "Urgent", "Minutes to first action", "Asked for a call back", "Caller told", "Missed a service level"], rows, skip, take);
    }

    /// <summary>Each establishment's voicemail check times from the last one before the periods to their end.</summary>
    private static async Task<ILookup<int, DateTimeOffset>> ChecksAsync(MeasureQuery q)
    {
        var (from, until) = (q.Periods.Min(p => p.From), q.Periods.Max(p => p.Until));
        // The last check before, per establishment: one index seek each (EstablishmentId, CheckedAt), not a scan of
        // every check ever made (issue 14, the plan test).
        var checks = q.Rows<VoicemailCheck>();
        var ids = q.Establishments.Keys.ToList();
        var before = (await q.Db.Establishments.IgnoreQueryFilters().AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new { Key = e.Id, Last = checks.Where(v => v.EstablishmentId == e.Id && v.CheckedAt < from).Max(v => (DateTimeOffset?)v.CheckedAt) })
            .ToListAsync()).Where(b => b.Last is not null).Select(b => new { b.Key, Last = b.Last!.Value }).ToList();
        var within = await q.Rows<VoicemailCheck>().Where(v => v.CheckedAt >= from && v.CheckedAt < until)
            .OrderBy(v => v.CheckedAt).Select(v => new { v.EstablishmentId, v.CheckedAt }).ToListAsync();
        return before.Select(b => (b.Key, b.Last)).Concat(within.Select(w => (w.EstablishmentId, w.CheckedAt))).ToLookup(c => c.Item1, c => c.Item2);
    }

    private static async Task<IReadOnlyList<MeasureValue>> VoicemailGapAsync(MeasureQuery q)
    {
        var checks = await ChecksAsync(q);
        return q.Every((e, i) =>
        {
            var p = q.Periods[i];
            var gap = VoicemailGaps.Longest(checks[e], p.From, p.Until, LineHours.From(q.Establishments[e]));
            return new MeasureValue(e, i, MeasureRows.Minutes(gap));
        });
    }

    private static async Task<DrillPage> VoicemailRowsAsync(MeasureQuery q, int skip, int take)
    {
        var p = q.Periods[0];
        var e = q.Establishments.Keys.Single();
        var hours = LineHours.From(q.Establishments[e]);
        var checks = (await ChecksAsync(q))[e].Order().ToList();
        var counts = await q.Rows<VoicemailCheck>().Where(v => v.CheckedAt >= p.From && v.CheckedAt < p.Until)
            .Select(v => new { v.CheckedAt, v.MessagesFound }).ToListAsync();
        var rows = counts.OrderBy(c => c.CheckedAt).Select(c =>
        {
            var previous = checks.Where(x => x < c.CheckedAt).Select(x => (DateTimeOffset?)x).LastOrDefault();
            var gap = hours.OpenTimeBetween(previous ?? p.From, c.CheckedAt);
            return (IReadOnlyList<string>)[Instant(c.CheckedAt), c.MessagesFound.ToString(Invariant), Number(MeasureRows.Minutes(gap))];
        }).ToList();
        return Page(["Checked", "Messages found", "Staffed minutes since the check before"], rows, skip, take);
    }

    private sealed record AcctFacts(int Id, int EstablishmentId, string Reference, string PrisonNumber, DateOnly OpenedOn, DateOnly? ClosedOn, DateOnly? AskedOn)
    {
        public bool OpenIn(MeasurePeriod p) => OpenedOn <= p.LastDay && (ClosedOn is null || ClosedOn >= p.FirstDay);
        public bool AskedBy(MeasurePeriod p) => AskedOn is { } a && a <= p.LastDay;
    }

    private static async Task<List<AcctFacts>> AcctFactsAsync(MeasureQuery q)
    {
        var (first, last) = (q.Periods.Min(p => p.FirstDay), q.Periods.Max(p => p.LastDay));
        var rows = await q.Rows<SafetyCase>()
            .Where(c => c.Kind == SafetyCaseKind.Acct && c.OpenedOn <= last && (c.ClosedOn == null || c.ClosedOn >= first))
            .Select(c => new
            {
                c.Id, c.EstablishmentId, c.Reference, c.Prisoner!.PrisonNumber, c.OpenedOn, c.ClosedOn,
                AskedOn = c.Entries.Where(x => x.Kind == InvolvementEntryKind.PrisonerAsked && !c.Entries.Any(y => y.CorrectsId == x.Id))
                    .Min(x => (DateOnly?)x.OccurredOn),
            }).ToListAsync();
        return rows.Select(r => new AcctFacts(r.Id, r.EstablishmentId, r.Reference, r.PrisonNumber, r.OpenedOn, r.ClosedOn, r.AskedOn)).ToList();
    }

    private static async Task<IReadOnlyList<MeasureValue>> AcctAsync(MeasureQuery q)
    {
        var cases = await AcctFactsAsync(q);
        return q.Every((e, i) =>
        {
            var open = cases.Where(c => c.EstablishmentId == e && c.OpenIn(q.Periods[i])).ToList();
            return Percent(e, i, open.Count(c => c.AskedBy(q.Periods[i])), open.Count);
        });
    }

    private static async Task<DrillPage> AcctRowsAsync(MeasureQuery q, int skip, int take)
    {
        var p = q.Periods[0];
        var rows = (await AcctFactsAsync(q)).Where(c => c.OpenIn(p)).OrderBy(c => c.OpenedOn).ThenBy(c => c.Id)
            .Select(c => (IReadOnlyList<string>)[c.Reference, c.PrisonNumber, Date(c.OpenedOn), Date(c.ClosedOn), Date(c.AskedOn), YesNo(c.AskedBy(p))]).ToList();
        return Page(["ACCT", "Prison number", "Opened", "Closed", "Prisoner asked about family", "Counts"], rows, skip, take);
    }
}
