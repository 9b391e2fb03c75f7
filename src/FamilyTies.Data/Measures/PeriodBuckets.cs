using System.Linq.Expressions;
using FamilyTies.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Data.Measures;

/// <summary>A row's establishment and the period it falls in, as the database groups them.</summary>
public sealed class Tagged
{
    public int EstablishmentId { get; set; }
    public int Period { get; set; }
}

/// <summary>A row's establishment, the period it falls in and a value to count once (<see cref="PeriodBuckets.DistinctCountAsync"/>).</summary>
public sealed class TaggedValue
{
    public int EstablishmentId { get; set; }
    public int Period { get; set; }
    public int Value { get; set; }
}

/// <summary>
/// Counting rows by establishment and period in the database. Contiguous periods (a 12-month trend) are one query:
/// the period is a CASE expression over the row's date or instant, grouped with the establishment. Overlapping periods
/// (this week inside the last four weeks) are one query each.
/// </summary>
internal static class PeriodBuckets
{
    /// <summary>Makes a value a query parameter rather than a literal.</summary>
    private sealed class Box<T>(T value)
    {
        public T Value { get; } = value;
    }

    private static MemberExpression Parameter<T>(T value) => Expression.Property(Expression.Constant(new Box<T>(value)), nameof(Box<T>.Value));

    private static bool Contiguous<TV>(IReadOnlyList<(TV From, TV To)> bounds) where TV : IComparable<TV> =>
        bounds.Zip(bounds.Skip(1)).All(p => p.First.To.CompareTo(p.Second.From) == 0);

    /// <summary>Counts per (establishment, period) of the rows whose <paramref name="when"/> lies in a period.</summary>
    public static async Task<Dictionary<(int, int), int>> CountAsync<T, TV>(
        MeasureQuery q, IQueryable<T> source, Expression<Func<T, TV>> when, Func<MeasurePeriod, (TV From, TV To)> bounds)
        where T : IEstablishmentOwned where TV : IComparable<TV>
    {
        var all = q.Periods.Select(bounds).ToList();
        var result = new Dictionary<(int, int), int>();
        if (all.Count == 0)
        {
            return result;
        }
        var runs = Contiguous(all) ? [Enumerable.Range(0, all.Count).ToList()] : Enumerable.Range(0, all.Count).Select(i => new List<int> { i }).ToList();
        foreach (var run in runs)
        {
            var tagged = source.Where(Within(when, all[run[0]].From, all[run[^1]].To)).Select(Tag(when, run.Select(i => all[i].To).ToList(), run));
            var counts = await tagged.GroupBy(t => new { t.EstablishmentId, t.Period })
                .Select(g => new { g.Key.EstablishmentId, g.Key.Period, Count = g.Count() }).ToListAsync();
            foreach (var c in counts)
            {
                result[(c.EstablishmentId, c.Period)] = c.Count;
            }
        }
        return result;
    }

    /// <summary>row => when(row) &gt;= from &amp;&amp; when(row) &lt; to.</summary>
    public static Expression<Func<T, bool>> Within<T, TV>(Expression<Func<T, TV>> when, TV from, TV to)
    {
        var body = when.Body;
        return Expression.Lambda<Func<T, bool>>(
            Expression.AndAlso(Expression.GreaterThanOrEqual(body, Parameter(from)), Expression.LessThan(body, Parameter(to))),
            when.Parameters);
    }

    /// <summary>row => new Tagged { EstablishmentId = row.EstablishmentId, Period = when &lt; end0 ? i0 : when &lt; end1 ? i1 : ... }.</summary>
    private static Expression<Func<T, Tagged>> Tag<T, TV>(Expression<Func<T, TV>> when, List<TV> ends, List<int> indexes)
        where T : IEstablishmentOwned
    {
        var row = when.Parameters[0];
        return Expression.Lambda<Func<T, Tagged>>(Expression.MemberInit(Expression.New(typeof(Tagged)),
            Expression.Bind(typeof(Tagged).GetProperty(nameof(Tagged.EstablishmentId))!, Expression.Property(row, nameof(IEstablishmentOwned.EstablishmentId))),
            Expression.Bind(typeof(Tagged).GetProperty(nameof(Tagged.Period))!, PeriodOf(when, ends, indexes))), row);
    }

    /// <summary>when &lt; end0 ? i0 : when &lt; end1 ? i1 : ... (the row already within the run).</summary>
    private static Expression PeriodOf<T, TV>(Expression<Func<T, TV>> when, List<TV> ends, List<int> indexes)
    {
        Expression period = Expression.Constant(indexes[^1]);
        for (var i = ends.Count - 2; i >= 0; i--)
        {
            period = Expression.Condition(Expression.LessThan(when.Body, Parameter(ends[i])), Expression.Constant(indexes[i]), period);
        }
        return period;
    }

    /// <summary>
    /// Per (establishment, period), how many distinct <paramref name="value"/>s the rows dated in the period have
    /// (<c>COUNT(DISTINCT …)</c>, one query for contiguous periods, as <see cref="CountAsync"/>).
    /// </summary>
    public static async Task<Dictionary<(int, int), int>> DistinctCountAsync<T>(
        MeasureQuery q, IQueryable<T> source, Expression<Func<T, DateOnly>> when, Expression<Func<T, int>> value)
        where T : IEstablishmentOwned
    {
        var all = q.Periods.Select(p => (From: p.FirstDay, To: p.LastDay.AddDays(1))).ToList();
        var result = new Dictionary<(int, int), int>();
        var runs = all.Count == 0 ? [] : Contiguous(all) ? [Enumerable.Range(0, all.Count).ToList()] : Enumerable.Range(0, all.Count).Select(i => new List<int> { i }).ToList();
        var row = when.Parameters[0];
        foreach (var run in runs)
        {
            var tag = Expression.Lambda<Func<T, TaggedValue>>(Expression.MemberInit(Expression.New(typeof(TaggedValue)),
                Expression.Bind(typeof(TaggedValue).GetProperty(nameof(TaggedValue.EstablishmentId))!, Expression.Property(row, nameof(IEstablishmentOwned.EstablishmentId))),
                Expression.Bind(typeof(TaggedValue).GetProperty(nameof(TaggedValue.Period))!, PeriodOf(when, run.Select(i => all[i].To).ToList(), run)),
                Expression.Bind(typeof(TaggedValue).GetProperty(nameof(TaggedValue.Value))!,
                    Microsoft.EntityFrameworkCore.Query.ReplacingExpressionVisitor.Replace(value.Parameters[0], row, value.Body))), row);
            var counts = await source.Where(Within(when, all[run[0]].From, all[run[^1]].To)).Select(tag)
                .GroupBy(t => new { t.EstablishmentId, t.Period })
                .Select(g => new { g.Key.EstablishmentId, g.Key.Period, Count = g.Select(t => t.Value).Distinct().Count() }).ToListAsync();
            foreach (var c in counts)
            {
                result[(c.EstablishmentId, c.Period)] = c.Count;
            }
        }
        return result;
    }

    /// <summary>
    /// p => the index (in <paramref name="q"/>'s periods ordered by last day, the order returned) of the first period by
    /// whose last day the prisoner had arrived (0 when no reception date is recorded; the period count when after every
    /// period). Summing the buckets up that order gives each period's roll.
    /// </summary>
    public static (Expression<Func<Domain.People.Prisoner, int>> Bucket, List<int> Order) RollBucket(MeasureQuery q)
    {
        var order = Enumerable.Range(0, q.Periods.Count).OrderBy(i => q.Periods[i].LastDay).ToList();
        var p = Expression.Parameter(typeof(Domain.People.Prisoner), "p");
        var reception = Expression.Property(p, nameof(Domain.People.Prisoner.ReceptionDate));
        Expression bucket = Expression.Constant(order.Count); // arrived after every period
        for (var i = order.Count - 1; i >= 0; i--)
        {
            bucket = Expression.Condition(
                Expression.LessThanOrEqual(reception, Expression.Convert(Parameter(q.Periods[order[i]].LastDay), typeof(DateOnly?))),
                Expression.Constant(i), bucket);
        }
        bucket = Expression.Condition(Expression.Equal(reception, Expression.Constant(null, typeof(DateOnly?))), Expression.Constant(0), bucket);
        return (Expression.Lambda<Func<Domain.People.Prisoner, int>>(bucket, p), order);
    }
}
