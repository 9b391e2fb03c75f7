using FamilyTies.Data.Visits;
using FamilyTies.Domain.CareExperienced;
using FamilyTies.Domain.People;
using FamilyTies.Domain.VideoCalls;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Data.Measures;

/// <summary>
/// Every cohort and no-visits figure of every establishment at once (the national view), from ONE grouped query a
/// period: each active prisoner's facts (arrived by the period's end, foreign national, on the care-experienced
/// register, any counted contact in the 90 days, a visit in the period, any in each
/// no-visits look-back and here before it, support offered in it) are worked out by the database from its rows
/// (left joins to the contacts, visits, support and register grouped per prisoner), and the prisoners are counted by
/// establishment and those facts. Only the counts leave the database (a few thousand rows for 132,000 prisoners), and
/// the measures apply the same rules to them as an establishment's figures apply to its roll's narrow rows
/// (<see cref="RollFact"/>, <see cref="CohortWindows"/>), so each establishment's figure is the same either way
/// (docs/decisions/0030-national-scale-measures.md).
/// </summary>
internal static class NationalCohortFacts
{
    /// <summary>Look-back lengths one query can carry (short and long, across establishments), and short ones for support.</summary>
    private const int LookbackSlots = 4, OfferSlots = 2;

    /// <summary>One group of prisoners: an establishment, a period and the facts they share, and how many they are.</summary>
    public sealed record Group(int EstablishmentId, int Period, bool Arrived, bool Foreign, bool Registered, bool Contact90, bool Visit,
        bool[] NoContactIn, bool[] HereBefore, bool[] Offered, int Count);

    /// <summary>Which slot each establishment's look-backs use in its batch's query.</summary>
    public sealed record Slots(int Short, int Long, int Offer);

    public sealed record Facts(List<Group> Groups, Dictionary<int, Slots> SlotsOf);

    /// <summary>Per-prisoner counts of the rows dated in the query's windows (a window with First after Last counts nothing).</summary>
    private sealed class Counts
    {
        public int PrisonerId { get; set; }
        public int A { get; set; }
        public int B { get; set; }
    }

    private sealed class FirstRegistration
    {
        public int PrisonerId { get; set; }
        public DateOnly First { get; set; }
    }

    private static readonly DateWindow Never = new(DateOnly.MaxValue, DateOnly.MinValue);

    /// <summary>The bits of a prisoner's facts in the grouping's one key (here for each look-back slot: Here0 shifted by the slot).</summary>
    private const int Arrived = 1, Foreign = 2, Registered = 4, Visited = 8, Offered0 = 16, Offered1 = 32, Here0 = 64;

    /// <summary>The facts for every period, made once per computation (every cohort pathway reads them).</summary>
    public static Task<Facts> LoadAsync(MeasureQuery q) => q.Common("national.cohort.facts|" + q.PeriodsKey, async () =>
    {
        var groups = new List<Group>();
        var slotsOf = new Dictionary<int, Slots>();
        foreach (var batch in Batches(q))
        {
            var lengths = batch.SelectMany(e => new[] { e.NoVisitsShortLookbackDays, e.NoVisitsLongLookbackDays }).Distinct().Order().ToList();
            var shorts = batch.Select(e => e.NoVisitsShortLookbackDays).Distinct().Order().ToList();
            foreach (var e in batch)
            {
                slotsOf[e.Id] = new Slots(lengths.IndexOf(e.NoVisitsShortLookbackDays), lengths.IndexOf(e.NoVisitsLongLookbackDays), shorts.IndexOf(e.NoVisitsShortLookbackDays));
            }
            var ids = batch.Select(e => e.Id).ToList();
            var prisoners = ids.Count == q.Establishments.Count ? q.Rows<Prisoner>() : q.Rows<Prisoner>().Where(p => ids.Contains(p.EstablishmentId));
            for (var i = 0; i < q.Periods.Count; i++)
            {
                groups.AddRange(await PeriodAsync(q, i, prisoners, lengths, shorts));
            }
        }
        return new Facts(groups, slotsOf);
    });

    /// <summary>Establishments in batches whose look-back lengths fit one query (one batch unless settings differ widely).</summary>
    private static List<List<Domain.Establishments.Establishment>> Batches(MeasureQuery q)
    {
        var batches = new List<List<Domain.Establishments.Establishment>>();
        foreach (var e in q.Establishments.Values.OrderBy(e => e.Id))
        {
            var fits = batches.FirstOrDefault(b =>
                b.SelectMany(x => new[] { x.NoVisitsShortLookbackDays, x.NoVisitsLongLookbackDays }).Append(e.NoVisitsShortLookbackDays).Append(e.NoVisitsLongLookbackDays).Distinct().Count() <= LookbackSlots
                && b.Select(x => x.NoVisitsShortLookbackDays).Append(e.NoVisitsShortLookbackDays).Distinct().Count() <= OfferSlots);
            if (fits is null)
            {
                batches.Add(fits = []);
            }
            fits.Add(e);
        }
        return batches;
    }

    private static async Task<List<Group>> PeriodAsync(MeasureQuery q, int i, IQueryable<Prisoner> prisoners, List<int> lengths, List<int> shorts)
    {
        var period = q.Periods[i];
        var last = period.LastDay;
        var ninety = ForeignNationalMeasures.Window(q, i);
        var look = Enumerable.Range(0, LookbackSlots).Select(k => k < lengths.Count ? NoVisitsMeasures.Lookbacks(q, lengths[k])[i] : Never).ToArray();
        // Here for the whole look-back: received on or before the day before it starts (NoVisitsList.Listed).
        var before = Enumerable.Range(0, LookbackSlots).Select(k => k < lengths.Count ? look[k].First.AddDays(-1) : DateOnly.MinValue).ToArray();
        var offer = Enumerable.Range(0, OfferSlots).Select(k => k < shorts.Count ? NoVisitsMeasures.Lookbacks(q, shorts[k])[i] : Never).ToArray();
        var visitWindow = CareExperiencedMeasures.Window(q, i);

        var windows = new[] { ninety }.Concat(look.Where(w => w != Never)).ToList();
        var (from, to) = (windows.Min(w => w.First), windows.Max(w => w.Last));
        // Every contact window ends on the same day (the period's last day, or today for the period under way), so a
        // prisoner had a contact in a window exactly when their latest contact up to that day falls on or after the
        // window's first day. The database gives each prisoner a rank for the latest contact of each half (attended
        // visits, delivered calls): how many of the windows' first days (sorted, unused slots never reached) it is on or
        // after. The rank grows with the date, so the latest contact's rank is the prisoner's: read newest first through
        // the (prisoner, date) index and stop at the first counted one, rather than ranking every contact in the window
        // (decisions 0030, "Second pass", and 0034).
        if (windows.Any(w => w.Last != to))
        {
            throw new InvalidOperationException("The cohort contact windows must end on the same day.");
        }
        var starts = new[] { ninety.First }.Concat(look.Select(w => w.First)).Order().ToArray();
        var (u0, u1, u2, u3, u4) = (starts[0], starts[1], starts[2], starts[3], starts[4]);
        // A contact on or after a window's first day ranks at least as many firsts as are on or before that day.
        int Reach(DateOnly first) => starts.Count(u => u <= first);
        var visitDays = NoVisitsList.AttendedVisitDays(q.Rows<VisitAttendance>().Where(a => a.Date >= from && a.Date <= to));
        var callDays = NoVisitsList.DeliveredCallDays(q.Rows<VideoCall>().Where(c => c.Date >= from && c.Date <= to));
        var visits = CohortContact.AttendedVisitsDated(q.Rows<Visit>(), q.Rows<VisitAttendance>())(visitWindow.First, visitWindow.Last)
            .GroupBy(v => v.PrisonerId).Select(g => new Counts { PrisonerId = g.Key, A = g.Count() });
        var (o0, o1) = (offer[0], offer[1]);
        var (offerFrom, offerTo) = (offer.Where(w => w != Never).Min(w => w.First), offer.Where(w => w != Never).Max(w => w.Last));
        var offers = q.Rows<NoVisitsSupport>().Where(s => s.OfferedOn >= offerFrom && s.OfferedOn <= offerTo).GroupBy(s => s.PrisonerId).Select(g => new Counts
        {
            PrisonerId = g.Key,
            A = g.Sum(s => s.OfferedOn >= o0.First && s.OfferedOn <= o0.Last ? 1 : 0),
            B = g.Sum(s => s.OfferedOn >= o1.First && s.OfferedOn <= o1.Last ? 1 : 0),
        });
        var registered = q.Rows<CareExperiencedRecord>().GroupBy(r => r.PrisonerId).Select(g => new FirstRegistration { PrisonerId = g.Key, First = g.Min(r => r.RegisteredOn) });
        var (b0, b1, b2, b3) = (before[0], before[1], before[2], before[3]);

        var perPrisoner = from p in prisoners.Where(Cohorts.OnRoll)
                    join v in visits on p.Id equals v.PrisonerId into vs
                    from v in vs.DefaultIfEmpty()
                    join o in offers on p.Id equals o.PrisonerId into os
                    from o in os.DefaultIfEmpty()
                    join r in registered on p.Id equals r.PrisonerId into rs
                    from r in rs.DefaultIfEmpty()
                    select new
                    {
                        p.Id,
                        p.EstablishmentId,
                        p.ReceptionDate,
                        Foreign = Rules.ForeignNational(p),
                        First = (DateOnly?)r!.First,
                        VisitRank = visitDays.Where(c => c.PrisonerId == p.Id).OrderByDescending(c => c.Date)
                            .Select(c => (int?)((c.Date >= u0 ? 1 : 0) + (c.Date >= u1 ? 1 : 0) + (c.Date >= u2 ? 1 : 0) + (c.Date >= u3 ? 1 : 0) + (c.Date >= u4 ? 1 : 0))).FirstOrDefault(),
                        CallRank = callDays.Where(c => c.PrisonerId == p.Id).OrderByDescending(c => c.Date)
                            .Select(c => (int?)((c.Date >= u0 ? 1 : 0) + (c.Date >= u1 ? 1 : 0) + (c.Date >= u2 ? 1 : 0) + (c.Date >= u3 ? 1 : 0) + (c.Date >= u4 ? 1 : 0))).FirstOrDefault(),
                        Visits = (int?)v!.A,
                        OfferA = (int?)o!.A,
                        OfferB = (int?)o!.B,
                    };
        // The ranks are keys of the grouping as they are (each subquery read once a prisoner), the facts they stand for
        // are worked out from them below; the prisoner's other facts are one key of bits (fewer keys to sort on).
        var facts = from x in perPrisoner
                    group x by new
                    {
                        x.EstablishmentId,
                        x.VisitRank,
                        x.CallRank,
                        Bits = (x.ReceptionDate == null || x.ReceptionDate <= last ? Arrived : 0) + (x.Foreign ? Foreign : 0) + (x.First <= last ? Registered : 0)
                               + ((x.Visits ?? 0) > 0 ? Visited : 0) + ((x.OfferA ?? 0) > 0 ? Offered0 : 0) + ((x.OfferB ?? 0) > 0 ? Offered1 : 0)
                               + (x.ReceptionDate == null || x.ReceptionDate <= b0 ? Here0 : 0) + (x.ReceptionDate == null || x.ReceptionDate <= b1 ? Here0 << 1 : 0)
                               + (x.ReceptionDate == null || x.ReceptionDate <= b2 ? Here0 << 2 : 0) + (x.ReceptionDate == null || x.ReceptionDate <= b3 ? Here0 << 3 : 0),
                    } into g
                    select new { g.Key, Count = g.Count() };
        var rows = await Rules.Expand(facts).ToListAsync();
        var (n, l0, l1, l2, l3) = (Reach(ninety.First), Reach(look[0].First), Reach(look[1].First), Reach(look[2].First), Reach(look[3].First));
        return rows.Select(x =>
        {
            var latest = Math.Max(x.Key.VisitRank ?? 0, x.Key.CallRank ?? 0);
            bool Has(int bit) => (x.Key.Bits & bit) != 0;
            return new Group(x.Key.EstablishmentId, i, Has(Arrived), Has(Foreign), Has(Registered), latest >= n, Has(Visited),
                [latest < l0, latest < l1, latest < l2, latest < l3], [Has(Here0), Has(Here0 << 1), Has(Here0 << 2), Has(Here0 << 3)], [Has(Offered0), Has(Offered1)], x.Count);
        }).ToList();
    }

    /// <summary>Per (establishment, period), how many prisoners the groups that meet <paramref name="rule"/> hold.</summary>
    public static async Task<Dictionary<(int, int), int>> CountAsync(MeasureQuery q, Func<Group, Slots, bool> rule)
    {
        var facts = await LoadAsync(q);
        return facts.Groups.Where(g => rule(g, facts.SlotsOf[g.EstablishmentId]))
            .GroupBy(g => (g.EstablishmentId, g.Period)).ToDictionary(x => x.Key, x => x.Sum(g => g.Count));
    }

    /// <summary>
    /// Per (establishment, period), the active prisoners with more than one counted contact in the period (regular
    /// contact; as the establishment's figure, whenever they arrived): one grouped query a period, the contacts' two
    /// halves (<see cref="NoVisitsList.AttendedContacts"/>) counted per prisoner and added. Apart from the facts above: the
    /// self-assessment's evidence asks for regular contact over 12 months, and reading 12 months of every contact for
    /// the other facts as well would cost it seconds.
    /// </summary>
    public static Task<Dictionary<(int, int), int>> RegularAsync(MeasureQuery q) => q.Common("national.regular|" + q.PeriodsKey, async () =>
    {
        var result = new Dictionary<(int, int), int>();
        for (var i = 0; i < q.Periods.Count; i++)
        {
            var (first, last) = (q.Periods[i].FirstDay, q.Periods[i].LastDay);
            var visits = NoVisitsList.AttendedVisitDays(q.Rows<VisitAttendance>().Where(a => a.Date >= first && a.Date <= last));
            var calls = NoVisitsList.DeliveredCallDays(q.Rows<VideoCall>().Where(c => c.Date >= first && c.Date <= last));
            foreach (var g in await q.Rows<Prisoner>().Where(Cohorts.OnRoll)
                         .Where(p => visits.Count(c => c.PrisonerId == p.Id) + calls.Count(c => c.PrisonerId == p.Id) > 1)
                         .GroupBy(p => p.EstablishmentId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync())
            {
                result[(g.Key, i)] = g.Count;
            }
        }
        return result;
    });

    /// <summary>On the no-visits list of the look-back in <paramref name="slot"/>: here for all of it and no counted contact in it (<see cref="NoVisitsList.Listed"/>).</summary>
    public static bool Listed(Group g, int slot) => g.HereBefore[slot] && g.NoContactIn[slot];
}
