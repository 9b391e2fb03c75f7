using System.Linq.Expressions;
using System.Reflection;
using FamilyTies.Data.Visits;
using FamilyTies.Domain.CareExperienced;
using FamilyTies.Domain.People;
using FamilyTies.Domain.VideoCalls;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Data.Measures;

/// <summary>London dates from <see cref="First"/> to <see cref="Last"/>, both included (empty when First is after Last).</summary>
internal readonly record struct DateWindow(DateOnly First, DateOnly Last);

/// <summary>
/// Per prisoner, how many contacts (or other dated rows, as <see cref="AttendedContact"/>) fall in each of a query's
/// windows, counted by the database: one grouped query with a conditional sum per window (up to <see cref="Width"/>
/// windows a query), so a 13-month trend of a cohort share is one query, not one or two per month-end
/// (docs/decisions/0028-dashboard-speed.md). Only prisoners with a row in some window come back.
/// </summary>
internal static class ContactWindows
{
    public const int Width = 16;

    /// <summary>One prisoner's counts, window by window (W0 is the chunk's first window).</summary>
    public sealed class Row
    {
        public int PrisonerId { get; set; }
        public int W0 { get; set; }
        public int W1 { get; set; }
        public int W2 { get; set; }
        public int W3 { get; set; }
        public int W4 { get; set; }
        public int W5 { get; set; }
        public int W6 { get; set; }
        public int W7 { get; set; }
        public int W8 { get; set; }
        public int W9 { get; set; }
        public int W10 { get; set; }
        public int W11 { get; set; }
        public int W12 { get; set; }
        public int W13 { get; set; }
        public int W14 { get; set; }
        public int W15 { get; set; }
    }

    private static readonly PropertyInfo[] Columns = Enumerable.Range(0, Width).Select(i => typeof(Row).GetProperty("W" + i)!).ToArray();

    private static readonly MethodInfo SumOfInt = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Sum) && m.IsGenericMethodDefinition && m.GetParameters().Length == 2
            && m.GetParameters()[1].ParameterType.GetGenericArguments()[1] == typeof(int))
        .MakeGenericMethod(typeof(AttendedContact));

    /// <summary>Makes a value a query parameter rather than a literal (the plan is cached across months).</summary>
    private sealed class Box<T>(T value)
    {
        public T Value { get; } = value;
    }

    private static MemberExpression Parameter<T>(T value) => Expression.Property(Expression.Constant(new Box<T>(value)), nameof(Box<T>.Value));

    /// <summary>
    /// Prisoner id to the count of rows dated in each window. <paramref name="rows"/> gives the rows dated from its
    /// first to its last argument (so each source can narrow by date before any union).
    /// </summary>
    public static async Task<Dictionary<int, int[]>> CountAsync(Func<DateOnly, DateOnly, IQueryable<AttendedContact>> rows, IReadOnlyList<DateWindow> windows)
    {
        var result = new Dictionary<int, int[]>();
        // Windows that start close together share a query: each query reads the rows from its earliest first day to its
        // latest last day, so the windows are taken in order of their first day (and written back in the caller's order).
        var order = Enumerable.Range(0, windows.Count).OrderBy(k => windows[k].First).ThenBy(k => windows[k].Last).ToList();
        for (var start = 0; start < windows.Count; start += Width)
        {
            var slots = order.Skip(start).Take(Width).ToList();
            var chunk = slots.Select(k => windows[k]).ToList();
            var open = chunk.Where(w => w.First <= w.Last).ToList();
            if (open.Count == 0)
            {
                continue;
            }
            var (from, to) = (open.Min(w => w.First), open.Max(w => w.Last));
            foreach (var row in await rows(from, to).GroupBy(c => c.PrisonerId).Select(Sums(chunk)).ToListAsync())
            {
                if (!result.TryGetValue(row.PrisonerId, out var counts))
                {
                    result[row.PrisonerId] = counts = new int[windows.Count];
                }
                for (var k = 0; k < chunk.Count; k++)
                {
                    counts[slots[k]] = (int)Columns[k].GetValue(row)!;
                }
            }
        }
        return result;
    }

    /// <summary>g => new Row { PrisonerId = g.Key, W0 = g.Sum(c => c.Date &gt;= first0 &amp;&amp; c.Date &lt;= last0 ? 1 : 0), ... }.</summary>
    private static Expression<Func<IGrouping<int, AttendedContact>, Row>> Sums(List<DateWindow> chunk)
    {
        var g = Expression.Parameter(typeof(IGrouping<int, AttendedContact>), "g");
        var bindings = new List<MemberBinding> { Expression.Bind(typeof(Row).GetProperty(nameof(Row.PrisonerId))!, Expression.Property(g, nameof(IGrouping<int, AttendedContact>.Key))) };
        for (var k = 0; k < chunk.Count; k++)
        {
            var c = Expression.Parameter(typeof(AttendedContact), "c");
            var date = Expression.Property(c, nameof(AttendedContact.Date));
            var inside = Expression.AndAlso(Expression.GreaterThanOrEqual(date, Parameter(chunk[k].First)), Expression.LessThanOrEqual(date, Parameter(chunk[k].Last)));
            var one = Expression.Lambda<Func<AttendedContact, int>>(Expression.Condition(inside, Expression.Constant(1), Expression.Constant(0)), c);
            bindings.Add(Expression.Bind(Columns[k], Expression.Call(SumOfInt, g, one)));
        }
        return Expression.Lambda<Func<IGrouping<int, AttendedContact>, Row>>(Expression.MemberInit(Expression.New(typeof(Row)), bindings), g);
    }

    /// <summary>How many of a prisoner's rows are dated in window <paramref name="index"/> (0 when none).</summary>
    public static int In(this Dictionary<int, int[]> counts, int prisonerId, int index) =>
        counts.TryGetValue(prisonerId, out var c) ? c[index] : 0;
}

/// <summary>Counted contacts per prisoner for a set of windows, looked up by the window itself.</summary>
internal sealed class WindowCounts(Dictionary<int, int[]> counts, IReadOnlyList<DateWindow> windows)
{
    private readonly Dictionary<DateWindow, int> _index = windows.Select((w, k) => (w, k)).DistinctBy(x => x.w).ToDictionary(x => x.w, x => x.k);

    /// <summary>How many of the prisoner's contacts are dated in the window (which must be one of the set's).</summary>
    public int In(int prisonerId, DateWindow window) => counts.TryGetValue(prisonerId, out var c) ? c[_index[window]] : 0;
}

/// <summary>
/// Every window of counted contacts (a visit attended or a video call delivered, <see cref="CohortContact.Dated"/>) one
/// establishment's figures ask for: the periods themselves (regular contact), the 90 days to each period's end (the
/// cohorts' contact shares) and each period's no-visits look-backs, each window once (a 90-day look-back is the same
/// window as the 90-day contact window), counted together by <see cref="ContactWindows.CountAsync"/> and shared by every
/// pathway of the computation (decision 0030): windows that start close together share a query, so fewer rows are
/// read than with one query per kind of window.
/// </summary>
internal static class CohortWindows
{
    public static Task<WindowCounts> LoadAsync(MeasureQuery q) => q.Common("cohort.contacts.windows|" + q.PeriodsKey, async () =>
    {
        var windows = new List<DateWindow>();
        windows.AddRange(q.Periods.Select(ContactMeasures.Window));
        windows.AddRange(Enumerable.Range(0, q.Periods.Count).Select(i => ForeignNationalMeasures.Window(q, i)));
        foreach (var days in q.Establishments.Values.SelectMany(e => new[] { e.NoVisitsShortLookbackDays, e.NoVisitsLongLookbackDays }).Distinct())
        {
            windows.AddRange(NoVisitsMeasures.Lookbacks(q, days));
        }
        windows = windows.Distinct().ToList();
        return new WindowCounts(await ContactWindows.CountAsync(CohortContact.Dated(q.Rows<VisitAttendance>(), q.Rows<VideoCall>()), windows), windows);
    });
}

/// <summary>
/// An active prisoner in scope, narrowed to what the cohort measures need: arrival, the one foreign-national rule
/// (<see cref="Cohorts.ForeignNational"/>, applied by the database) and the first care-experienced registration.
/// </summary>
internal sealed record RollFact(int Id, int EstablishmentId, DateOnly? ReceptionDate, bool Foreign, DateOnly? RegisteredOn)
{
    /// <summary>On the roll at the end of a period whose last day is <paramref name="last"/> (no reception date: here).</summary>
    public bool ArrivedBy(DateOnly last) => ReceptionDate == null || ReceptionDate <= last;

    /// <summary>On the care-experienced register by <paramref name="last"/>.</summary>
    public bool RegisteredBy(DateOnly last) => RegisteredOn is { } on && on <= last;

    /// <summary>
    /// The active prisoners in scope, by establishment, loaded once per query (a thousand narrow rows an establishment):
    /// every cohort measure of a pathway counts from them and <see cref="ContactWindows"/>.
    /// </summary>
    public static Task<ILookup<int, RollFact>> LoadAsync(MeasureQuery q) => q.Common("cohort.roll", async () =>
    {
        var records = q.Rows<CareExperiencedRecord>();
        var rows = await q.Rows<Prisoner>().Where(Cohorts.OnRoll)
            .Select(Rules.Expand((Prisoner p) => new { p.Id, p.EstablishmentId, p.ReceptionDate, Foreign = Rules.ForeignNational(p), Registered = records.Where(r => r.PrisonerId == p.Id).Min(r => (DateOnly?)r.RegisteredOn) }))
            .ToListAsync();
        return rows.Select(r => new RollFact(r.Id, r.EstablishmentId, r.ReceptionDate, r.Foreign, r.Registered)).ToLookup(r => r.EstablishmentId);
    });
}
