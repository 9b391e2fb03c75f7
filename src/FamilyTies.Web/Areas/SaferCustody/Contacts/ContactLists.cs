using FamilyTies.Data;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Web.Areas.SaferCustody.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.SaferCustody.Contacts;

public sealed record OpenContactItem(ContactRow Row, IReadOnlyList<Deadline> Deadlines, Deadline? MostPressing);

public sealed record OpenContactsModel(IReadOnlyList<OpenContactItem> Items, DateTimeOffset Now)
{
    public int Overdue => Items.Count(i => i.MostPressing?.StateAt(Now) == DeadlineState.Overdue);
}

/// <summary>Every open contact, most overdue first, with how long until (or since) each breaches.</summary>
public sealed class OpenContactsHandler(FamilyTiesDbContext db, TimeProvider clock)
{
    public async Task<OpenContactsModel> Handle()
    {
        var now = clock.GetUtcNow();
        var settings = ServiceLevelSettings.From(await ContactRows.CurrentEstablishmentAsync(db));
        var rows = await ContactRows.LoadAsync(db, db.SaferCustodyContacts.Where(c => c.ClosedAt == null));
        var items = rows.Select(r =>
        {
            var deadlines = r.Deadlines(settings);
            return new OpenContactItem(r, deadlines, ServiceLevels.MostPressing(deadlines));
        });
        return new OpenContactsModel(ServiceLevels.InWorkingOrder(items, i => i.Deadlines, i => i.Row.ReceivedAt).ToList(), now);
    }
}

public sealed record ClosedContactsModel(IReadOnlyList<ContactRow> Rows, int Page, int PageCount);

public sealed class ClosedContactsHandler(FamilyTiesDbContext db)
{
    public const int PageSize = 25;

    public async Task<ClosedContactsModel> Handle(int page)
    {
        var closed = db.SaferCustodyContacts.Where(c => c.ClosedAt != null);
        var total = await closed.CountAsync();
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var rows = await ContactRows.LoadAsync(db, closed.OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id).Skip((page - 1) * PageSize).Take(PageSize));
        return new ClosedContactsModel(rows.OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id).ToList(), page, pages);
    }
}
