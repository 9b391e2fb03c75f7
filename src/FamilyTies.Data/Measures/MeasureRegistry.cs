namespace FamilyTies.Data.Measures;

/// <summary>Every measure, in the order the dashboard shows them. docs/measures.md lists the same keys (a test compares).</summary>
public static class MeasureRegistry
{
    public static readonly IReadOnlyList<Measure> All =
    [
        VisitMeasures.Booked,
        VisitMeasures.Cancelled,
        CapacityMeasures.Used,
        CapacityMeasures.EveningShare,
        CapacityMeasures.WeekendShare,
        CapacityMeasures.WeekendWait,
        ContactMeasures.Regular,
        NeedsMeasures.OnRoll,
        NeedsMeasures.Children,
        NeedsMeasures.ChildrenUnknown,
        NeedsMeasures.FarFromHome,
        NeedsMeasures.DistanceUnknown,
        NeedsMeasures.CareExperienced,
        NeedsMeasures.ForeignNationals,
        NeedsMeasures.InterpreterNeeded,
        SaferCustodyMeasures.Contacts,
        SaferCustodyMeasures.FirstActionMedian,
        SaferCustodyMeasures.FirstActionP90,
        SaferCustodyMeasures.CallerTold,
        SaferCustodyMeasures.Overdue,
        SaferCustodyMeasures.VoicemailGap,
        SaferCustodyMeasures.AcctFamilyAsked,
        // The visit day (issue 13).
        VisitDayMeasures.Attended,
        VisitDayMeasures.Punctual,
        VisitDayMeasures.MeanDelay,
        VisitDayMeasures.DelayCauses,
        VisitDayMeasures.NoShow,
        VisitDayMeasures.TurnedAway,
        VisitDayMeasures.Unresolved,
        NoVisitsMeasures.ShortLookback,
        NoVisitsMeasures.LongLookback,
        NoVisitsMeasures.SupportOffered,
        NoVisitsMeasures.HpvTold,
        CareExperiencedMeasures.Registered,
        CareExperiencedMeasures.AdviserContactOverdue,
        CareExperiencedMeasures.VisitLastMonth,
        CareExperiencedMeasures.OthersVisitLastMonth,
        ForeignNationalMeasures.Count,
        ForeignNationalMeasures.Contact90Days,
        ForeignNationalMeasures.OthersContact90Days,
        ForeignNationalMeasures.InterpreterRequestsMet,
        CareExperiencedMeasures.DropInAttended,
        // Family days, forums, schemes and surveys (issue 11).
        FamilyDayMeasures.HeldYtd,
        FamilyDayMeasures.TargetYtd,
        FamilyDayMeasures.OutsideSchoolHours,
        FamilyDayMeasures.MeanLength,
        FamilyDayMeasures.FamiliesAttended,
        FamilyDayMeasures.ForumDaysSinceLast,
        FamilyDayMeasures.ForumActionsOverdue,
        FamilyDayMeasures.SchemeParticipants,
        FamilyDayMeasures.VisitStartedOnTime,
        // Video calls (issue 10).
        VideoCallMeasures.Booked,
        VideoCallMeasures.Delivered,
        VideoCallMeasures.MinutesDelivered,
        VideoCallMeasures.AllowanceUsed,
        VideoCallMeasures.EveningWeekend,
        VideoCallMeasures.QualityProblems,
        VideoCallMeasures.NoSlotRequests,
        VideoCallMeasures.CallsPerForeignNational,
    ];

    private static readonly Dictionary<string, Measure> ByKey = All.ToDictionary(m => m.Key, StringComparer.Ordinal);

    public static Measure? Find(string? key) => key is not null && ByKey.TryGetValue(key, out var m) ? m : null;

    public static Measure Get(string key) => ByKey[key];

    /// <summary>
    /// Each measure's figures for the query. A pathway's measures (one key prefix, which may share a load through
    /// <see cref="MeasureQuery"/>) are computed one after another on one context; different pathways are computed at
    /// the same time on their own contexts, up to <see cref="Lanes"/> at once (docs/decisions/0027-measures-in-parallel.md).
    /// </summary>
    public static async Task<MeasureResults> ComputeAsync(MeasureQuery q, IEnumerable<Measure>? measures = null)
    {
        var pathways = new Queue<Measure[]>((measures ?? All).GroupBy(m => Pathway(m.Key)).Select(g => g.ToArray())
            .OrderBy(g => q.National && Array.IndexOf(StartFirst, Pathway(g[0].Key)) is var k and >= 0 ? k : StartFirst.Length).ThenByDescending(g => g.Length));
        var values = new Dictionary<string, IReadOnlyList<MeasureValue>>(StringComparer.Ordinal);
        var lanes = Math.Min(Lanes, pathways.Count);
        if (lanes <= 1)
        {
            await Drain(q);
            return new MeasureResults(q, values);
        }
        var siblings = Enumerable.Range(1, lanes - 1).Select(_ => q.Db.Sibling()).ToList();
        try
        {
            await Task.WhenAll(siblings.Select(db => q.On(db)).Prepend(q).Select(lane => Task.Run(() => Drain(lane))));
        }
        finally
        {
            foreach (var db in siblings)
            {
                await db.DisposeAsync();
            }
        }
        return new MeasureResults(q, values);

        async Task Drain(MeasureQuery lane)
        {
            while (true)
            {
                Measure[] next;
                lock (pathways)
                {
                    if (!pathways.TryDequeue(out next!))
                    {
                        return;
                    }
                }
                foreach (var m in next)
                {
                    var figures = await m.Compute(lane);
                    lock (values)
                    {
                        values[m.Key] = figures;
                    }
                }
            }
        }
    }

    /// <summary>
    /// For every establishment at once (the national view), the pathways taken first, one a lane: the ones whose load
    /// the most time hangs on (the no-visits figures make the cohort facts four other pathways wait for; regular contact
    /// its own grouped count), so that load runs beside the other pathways instead of after them (decision 0030). The
    /// rest follow, largest first (as one establishment's pathways all do: there, measured, starting these first did not help).
    /// </summary>
    private static readonly string[] StartFirst = ["novisits", "contact"];

    /// <summary>How many pathways are computed at once: one a core, at least two (a lane often waits on the database), at most four.</summary>
    public static int Lanes { get; } = Math.Clamp(Environment.ProcessorCount, 2, 4);

    /// <summary>The key's prefix ("visits" of "visits.booked"): the measures that may share a load.</summary>
    private static string Pathway(string key) => key.IndexOf('.') is var dot and > 0 ? key[..dot] : key;
}

/// <summary>Computed figures, looked up by measure, establishment and period.</summary>
public sealed class MeasureResults(MeasureQuery query, IReadOnlyDictionary<string, IReadOnlyList<MeasureValue>> values)
{
    public MeasureQuery Query { get; } = query;

    public MeasureValue Value(string key, int establishmentId, int period) =>
        values[key].FirstOrDefault(v => v.EstablishmentId == establishmentId && v.Period == period) ?? new MeasureValue(establishmentId, period, null);

    public decimal? Target(string key, int establishmentId) => MeasureRegistry.Get(key).Target(Query.Establishments[establishmentId]);
}
