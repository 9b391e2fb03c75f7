using FamilyTies.Data;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Features.VisitingOrders;

public sealed record VisitingOrderHistoryRow(
    DateTimeOffset At, VisitingOrderEntryType Type, int Change, int BalanceAfter, string Reason, string? VisitReference, string By);

/// <summary>The "Visiting orders" tab of a prisoner's profile: balance, allowance and the ledger, newest first.</summary>
public sealed record VisitingOrdersTab(
    Prisoner Prisoner,
    int Balance,
    string? LastAllocatedPeriod,
    int? MonthlyAllowance,
    IReadOnlyList<VisitingOrderHistoryRow> History,
    int TotalEntries,
    Pagination Pages,
    bool CanManage);

/// <summary>A prisoner of this establishment and their current balance: what each action's page shows above its form.</summary>
public sealed record VisitingOrderSubject(Prisoner Prisoner, int Balance);

public sealed class VisitingOrderHistoryHandler(FamilyTiesDbContext db)
{
    public const int PageSize = 50;

    /// <summary>Four queries whatever the length of the history: settings, balance, one page of entries, and who made them.</summary>
    public async Task<VisitingOrdersTab> Handle(Prisoner prisoner, int page, bool canManage)
    {
        var establishment = await db.Establishments.AsNoTracking().SingleAsync(e => e.Id == prisoner.EstablishmentId);
        var balance = await db.VisitingOrderBalances.AsNoTracking().SingleOrDefaultAsync(b => b.PrisonerId == prisoner.Id);
        var entries = db.VisitingOrderEntries.AsNoTracking().Where(e => e.PrisonerId == prisoner.Id);
        var total = await entries.CountAsync();
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await entries
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(e => new { e.At, e.Type, e.Change, e.BalanceAfter, e.Reason, VisitReference = e.Visit == null ? null : e.Visit.Reference, e.UserId })
            .ToListAsync();
        var names = await StaffNames.LoadAsync(db, rows.Select(r => r.UserId));
        var history = rows.Select(r => new VisitingOrderHistoryRow(r.At, r.Type, r.Change, r.BalanceAfter, r.Reason, r.VisitReference,
            r.UserId switch
            {
                null or "system" => "FamilyTies (automatic)",
                var id => names.TryGetValue(id, out var name) ? name : "A former member of staff",
            })).ToList();
        return new VisitingOrdersTab(
            prisoner,
            balance?.Balance ?? 0,
            balance?.LastAllocatedPeriod,
            VisitingOrderRules.IsAllocated(prisoner) ? establishment.VisitingOrdersFor(prisoner.IncentiveLevel) : null,
            history,
            total,
            new Pagination(page, pageCount, p => $"/prisoners/{prisoner.Id}/visiting-orders?page={p}"),
            canManage);
    }

    /// <summary>The prisoner (through the establishment filter: null when not here) and their balance.</summary>
    public async Task<VisitingOrderSubject?> Subject(int prisonerId)
    {
        var prisoner = await db.Prisoners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == prisonerId);
        if (prisoner is null)
        {
            return null;
        }
        var balance = await db.VisitingOrderBalances.AsNoTracking().Where(b => b.PrisonerId == prisonerId).Select(b => (int?)b.Balance).SingleOrDefaultAsync();
        return new VisitingOrderSubject(prisoner, balance ?? 0);
    }
}
