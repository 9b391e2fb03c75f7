using System.Linq.Expressions;
using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace FamilyTies.Data.Measures;

/// <summary>What the roll's counts count: the whole roll, or the prisoners on it with one recorded fact.</summary>
internal enum RollCondition { All, Children, ChildrenUnknown, FarFromHome, DistanceUnknown, CareExperienced, Foreign, Interpreter }

/// <summary>
/// The roll at the end of each period, and how many on it meet each <see cref="RollCondition"/>, counted by the
/// database in ONE pass over the prisoners for every measure that needs it (the needs shares, the foreign nationals'
/// count, the video-call allowance): conditional sums grouped by establishment and the first period by whose last day
/// the prisoner had arrived, then summed up the periods (<see cref="PeriodBuckets.RollBucket"/>)
/// (docs/decisions/0030-national-scale-measures.md). The roll keeps no history of departures, so a past period counts
/// today's active prisoners who had arrived by then.
/// </summary>
internal static class RollCounts
{
    /// <summary>One prisoner on the roll as the database groups it: 1 where a condition holds.</summary>
    public sealed class Flags
    {
        public int EstablishmentId { get; set; }
        public int Period { get; set; }
        public int Children { get; set; }
        public int ChildrenUnknown { get; set; }
        public int FarFromHome { get; set; }
        public int DistanceUnknown { get; set; }
        public int CareExperienced { get; set; }
        public int Foreign { get; set; }
        public int Interpreter { get; set; }
    }

    /// <summary>Stands for an expression put in its place before the query runs (never called).</summary>
    private static class Slot
    {
        public static int Bucket(Prisoner p) => throw new InvalidOperationException();
    }

    private static readonly Expression<Func<Prisoner, Establishment, Flags>> Template = (p, e) => new Flags
    {
        EstablishmentId = p.EstablishmentId,
        Period = Slot.Bucket(p),
        Children = p.ChildrenUnder18 > 0 ? 1 : 0,
        ChildrenUnknown = p.ChildrenUnder18 == null ? 1 : 0,
        FarFromHome = p.DistanceFromHomeMiles > e.FarFromHomeMiles ? 1 : 0,
        DistanceUnknown = p.DistanceFromHomeMiles == null ? 1 : 0,
        CareExperienced = p.CareExperienced ? 1 : 0,
        Foreign = Rules.ForeignNational(p) ? 1 : 0,
        Interpreter = p.InterpreterNeeded ? 1 : 0,
    };

    /// <summary>Per (establishment, period), the count for each <see cref="RollCondition"/> (indexed by it). Made once per computation.</summary>
    public static Task<Dictionary<(int, int), int[]>> LoadAsync(MeasureQuery q) => q.Common("roll.counts|" + q.LastDaysKey, async () =>
    {
        var (bucket, order) = PeriodBuckets.RollBucket(q);
        var flags = Expression.Lambda<Func<Prisoner, Establishment, Flags>>(
            new Fill(bucket).Visit(Rules.Expand(Template).Body), Template.Parameters);
        var counts = await q.Rows<Prisoner>().Where(Cohorts.OnRoll)
            .Join(q.Db.Establishments.AsNoTracking(), p => p.EstablishmentId, e => e.Id, flags)
            .GroupBy(f => new { f.EstablishmentId, f.Period })
            .Select(g => new
            {
                g.Key.EstablishmentId, g.Key.Period, All = g.Count(),
                Children = g.Sum(f => f.Children), ChildrenUnknown = g.Sum(f => f.ChildrenUnknown), FarFromHome = g.Sum(f => f.FarFromHome),
                DistanceUnknown = g.Sum(f => f.DistanceUnknown), CareExperienced = g.Sum(f => f.CareExperienced), Foreign = g.Sum(f => f.Foreign),
                Interpreter = g.Sum(f => f.Interpreter),
            })
            .ToListAsync();
        var result = new Dictionary<(int, int), int[]>();
        foreach (var e in counts.Select(c => c.EstablishmentId).Distinct())
        {
            var running = new int[Enum.GetValues<RollCondition>().Length];
            for (var i = 0; i < order.Count; i++)
            {
                foreach (var c in counts.Where(c => c.EstablishmentId == e && c.Period == i))
                {
                    int[] add = [c.All, c.Children, c.ChildrenUnknown, c.FarFromHome, c.DistanceUnknown, c.CareExperienced, c.Foreign, c.Interpreter];
                    for (var k = 0; k < running.Length; k++)
                    {
                        running[k] += add[k];
                    }
                }
                result[(e, order[i])] = (int[])running.Clone();
            }
        }
        return result;
    });

    /// <summary>The counts of one condition, per (establishment, period).</summary>
    public static async Task<Dictionary<(int, int), int>> OfAsync(MeasureQuery q, RollCondition condition) =>
        (await LoadAsync(q)).ToDictionary(kv => kv.Key, kv => kv.Value[(int)condition]);

    /// <summary>Puts the period bucket in its slot.</summary>
    private sealed class Fill(LambdaExpression bucket) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method.DeclaringType == typeof(Slot)
                ? ReplacingExpressionVisitor.Replace(bucket.Parameters[0], Visit(node.Arguments[0]), bucket.Body)
                : base.VisitMethodCall(node);
    }
}

/// <summary>
/// The cohort rules written once as expressions (<see cref="Cohorts"/>), usable inside a measure's own projection:
/// write <c>Rules.ForeignNational(c.Prisoner)</c> in a lambda given to <see cref="Expand{T, TResult}"/>, and the
/// database applies the one rule to that prisoner (no second pass over the prisoners to find the foreign nationals).
/// </summary>
internal static class Rules
{
    /// <summary><see cref="Cohorts.ForeignNational"/> of the prisoner (in memory too).</summary>
    public static bool ForeignNational(Prisoner p) => Cohorts.IsForeignNational(p);

    /// <summary>The lambda with every <see cref="ForeignNational"/> call replaced by the rule's own expression.</summary>
    public static Expression<Func<T, TResult>> Expand<T, TResult>(Expression<Func<T, TResult>> lambda) =>
        (Expression<Func<T, TResult>>)new Expander().Visit(lambda);

    /// <inheritdoc cref="Expand{T, TResult}"/>
    public static Expression<Func<T1, T2, TResult>> Expand<T1, T2, TResult>(Expression<Func<T1, T2, TResult>> lambda) =>
        (Expression<Func<T1, T2, TResult>>)new Expander().Visit(lambda);

    /// <summary>The query with every <see cref="ForeignNational"/> call replaced by the rule's own expression.</summary>
    public static IQueryable<T> Expand<T>(IQueryable<T> query) => query.Provider.CreateQuery<T>(new Expander().Visit(query.Expression));

    private sealed class Expander : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method.DeclaringType == typeof(Rules) && node.Method.Name == nameof(ForeignNational)
                ? ReplacingExpressionVisitor.Replace(Cohorts.ForeignNational.Parameters[0], Visit(node.Arguments[0]), Cohorts.ForeignNational.Body)
                : base.VisitMethodCall(node);
    }
}
