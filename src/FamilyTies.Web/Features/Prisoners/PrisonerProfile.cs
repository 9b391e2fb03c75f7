using FamilyTies.Data;
using FamilyTies.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Features.Prisoners;

/// <summary>A prisoner's profile: details, contacts, and every restriction and non-association that touches them.</summary>
public sealed record PrisonerProfile(
    Prisoner Prisoner,
    string Tab,
    IReadOnlyList<PrisonerContact> Links,
    IReadOnlyList<Restriction> Restrictions,
    IReadOnlyList<(NonAssociation NonAssociation, Prisoner Other)> NonAssociations,
    DateOnly Today)
{
    public IEnumerable<Restriction> ActiveRestrictions => Restrictions.Where(r => r.IsActiveOn(Today));

    public IEnumerable<Restriction> RestrictionsFor(PrisonerContact link) =>
        Restrictions.Where(r => r.PrisonerContactId == link.Id || r.ContactId == link.ContactId);

    /// <summary>The tabs of the profile. Pathways add theirs here.</summary>
    public static readonly IReadOnlyList<(string Key, string Text, string Suffix)> Tabs =
    [
        ("details", "Details", ""),
        ("contacts", "Contacts", "/contacts"),
        ("restrictions", "Restrictions", "/restrictions"),
        ("visiting-orders", "Visiting orders", "/visiting-orders"),
        ("visits", "Visits", "/visits"),
        ("schemes", "Schemes", "/schemes"),
    ];
}

public sealed class PrisonerProfileHandler(FamilyTiesDbContext db, TimeProvider clock)
{
    /// <summary>Loads the profile in four queries, whatever the number of contacts.</summary>
    public async Task<PrisonerProfile?> Handle(int id, string tab)
    {
        var prisoner = await db.Prisoners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
        if (prisoner is null)
        {
            return null;
        }
        var links = await db.PrisonerContacts.AsNoTracking().Include(l => l.Contact)
            .Where(l => l.PrisonerId == id)
            .OrderByDescending(l => l.Active).ThenBy(l => l.Contact!.LastName).ThenBy(l => l.Contact!.FirstName)
            .ToListAsync();
        var linkIds = links.Select(l => l.Id).ToList();
        var contactIds = links.Select(l => l.ContactId).ToList();
        var restrictions = await db.Restrictions.AsNoTracking().Include(r => r.Contact).Include(r => r.PrisonerContact)
            .Where(r => r.PrisonerId == id
                        || (r.PrisonerContactId != null && linkIds.Contains(r.PrisonerContactId.Value))
                        || (r.ContactId != null && contactIds.Contains(r.ContactId.Value)))
            .OrderByDescending(r => r.StartDate).ThenByDescending(r => r.Id)
            .ToListAsync();
        var nonAssociations = await db.NonAssociations.AsNoTracking().Include(n => n.PrisonerA).Include(n => n.PrisonerB)
            .Where(n => n.PrisonerAId == id || n.PrisonerBId == id)
            .OrderByDescending(n => n.StartDate)
            .ToListAsync();
        return new PrisonerProfile(prisoner, tab, links, restrictions,
            nonAssociations.Select(n => (n, n.PrisonerAId == id ? n.PrisonerB! : n.PrisonerA!)).ToList(),
            Infrastructure.ControllerExtensions.Today(clock));
    }
}
