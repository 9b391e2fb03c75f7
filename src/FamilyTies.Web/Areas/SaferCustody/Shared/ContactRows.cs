using FamilyTies.Data;
using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.SaferCustody;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.SaferCustody.Shared;

/// <summary>A contact as lists and figures see it: no caller details, no notes; just what its service levels need.</summary>
public sealed record ContactRow(
    int Id, DateTimeOffset ReceivedAt, ContactChannel Channel, ConcernCategory Categories, bool ImminentRisk, bool WantsCallback,
    DateTimeOffset? ClosedAt, int? PrisonerId, string? PrisonerName, string? PrisonNumber,
    DateTimeOffset? FirstActionAt, DateTimeOffset? FirstCallerFeedbackAt, bool CallerTold)
{
    public string Reference => SaferCustodyContact.FormatReference(Id);
    public bool IsUrgent => ServiceLevels.IsUrgent(ImminentRisk, Categories);

    public IReadOnlyList<Deadline> Deadlines(ServiceLevelSettings settings) =>
        ServiceLevels.For(new ContactTimes(ReceivedAt, Channel, Categories, ImminentRisk, WantsCallback, FirstActionAt, FirstCallerFeedbackAt), settings);
}

public static class ContactRows
{
    private sealed record Entry(int Id, int ContactId, DateTimeOffset OccurredAt, int? CorrectsId, CallerFeedbackResult? Result) : ICorrectable;

    /// <summary>Three queries however many contacts: the contacts, their actions and their caller feedback.</summary>
    public static async Task<List<ContactRow>> LoadAsync(FamilyTiesDbContext db, IQueryable<SaferCustodyContact> contacts)
    {
        var basics = await contacts.AsNoTracking().Select(c => new
        {
            c.Id, c.ReceivedAt, c.Channel, c.Categories, c.ImminentRisk, c.CallerWantsCallback, c.ClosedAt, c.PrisonerId,
            PrisonerName = c.Prisoner == null ? null : c.Prisoner.LastName + ", " + c.Prisoner.FirstName,
            PrisonNumber = c.Prisoner == null ? null : c.Prisoner.PrisonNumber,
        }).ToListAsync();
        var ids = basics.Select(b => b.Id).ToList();
        var actions = (await db.ContactActions.Where(a => ids.Contains(a.ContactId))
                .Select(a => new { a.Id, a.ContactId, a.OccurredAt, a.CorrectsId }).ToListAsync())
            .Select(a => new Entry(a.Id, a.ContactId, a.OccurredAt, a.CorrectsId, null));
        var feedback = (await db.CallerFeedback.Where(f => ids.Contains(f.ContactId))
                .Select(f => new { f.Id, f.ContactId, f.OccurredAt, f.CorrectsId, f.Result }).ToListAsync())
            .Select(f => new Entry(f.Id, f.ContactId, f.OccurredAt, f.CorrectsId, f.Result));
        var firstAction = Corrections.Effective(actions).GroupBy(a => a.ContactId).ToDictionary(g => g.Key, g => g.Min(a => a.OccurredAt));
        var effectiveFeedback = Corrections.Effective(feedback).ToLookup(f => f.ContactId);

        return basics.Select(b => new ContactRow(
            b.Id, b.ReceivedAt, b.Channel, b.Categories, b.ImminentRisk, b.CallerWantsCallback, b.ClosedAt, b.PrisonerId, b.PrisonerName, b.PrisonNumber,
            firstAction.TryGetValue(b.Id, out var first) ? first : null,
            effectiveFeedback[b.Id].Select(f => (DateTimeOffset?)f.OccurredAt).Min(),
            effectiveFeedback[b.Id].Any(f => f.Result == CallerFeedbackResult.Told))).ToList();
    }

    public static async Task<Establishment> CurrentEstablishmentAsync(FamilyTiesDbContext db) =>
        await db.Establishments.AsNoTracking().SingleAsync(e => e.Id == db.CurrentEstablishmentId);
}
