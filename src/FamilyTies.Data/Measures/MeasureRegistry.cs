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
    ];

    private static readonly Dictionary<string, Measure> ByKey = All.ToDictionary(m => m.Key, StringComparer.Ordinal);

    public static Measure? Find(string? key) => key is not null && ByKey.TryGetValue(key, out var m) ? m : null;

    public static Measure Get(string key) => ByKey[key];

    /// <summary>Each measure's figures for the query, one measure after another on the query's context.</summary>
    public static async Task<MeasureResults> ComputeAsync(MeasureQuery q, IEnumerable<Measure>? measures = null)
    {
        var values = new Dictionary<string, IReadOnlyList<MeasureValue>>(StringComparer.Ordinal);
        foreach (var m in measures ?? All)
        {
            values[m.Key] = await m.Compute(q);
        }
        return new MeasureResults(q, values);
    }
}

/// <summary>Computed figures, looked up by measure, establishment and period.</summary>
public sealed class MeasureResults(MeasureQuery query, IReadOnlyDictionary<string, IReadOnlyList<MeasureValue>> values)
{
    public MeasureQuery Query { get; } = query;

    public MeasureValue Value(string key, int establishmentId, int period) =>
        values[key].FirstOrDefault(v => v.EstablishmentId == establishmentId && v.Period == period) ?? new MeasureValue(establishmentId, period, null);

    public decimal? Target(string key, int establishmentId) => MeasureRegistry.Get(key).Target(Query.Establishments[establishmentId]);
}
