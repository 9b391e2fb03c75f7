using FamilyTies.Data;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Web.Areas.SaferCustody.Shared;
using Microsoft.EntityFrameworkCore;
using FamilyTies.Web.Infrastructure;

namespace FamilyTies.Web.Areas.SaferCustody.Contacts;

public sealed record ContactDetailsModel(
    SaferCustodyContact Contact, IReadOnlyList<Deadline> Deadlines, DateTimeOffset Now, PrisonerConsent? Consent,
    IReadOnlySet<int> CorrectedActionIds, IReadOnlySet<int> CorrectedFeedbackIds, IReadOnlyDictionary<string, string> Staff)
{
    public string Who(string? userId) => StaffNames.Of(Staff, userId);
}

/// <summary>Everything about one contact. Every read is audited: who and when, naming the contact only.</summary>
public sealed class ContactDetailsHandler(FamilyTiesDbContext db, TimeProvider clock, ILogger<ContactDetailsHandler> logger)
{
    public async Task<ContactDetailsModel?> Handle(int id)
    {
        var contact = await db.SaferCustodyContacts.AsNoTracking().AsSplitQuery()
            .Include(c => c.Prisoner)
            .Include(c => c.Actions)
            .Include(c => c.CallerFeedback)
            .Include(c => c.Corrections)
            .SingleOrDefaultAsync(c => c.Id == id);
        if (contact is null)
        {
            return null;
        }
        SaferCustodyAudit.Add(db, nameof(SaferCustodyContact), contact.Id, "Read");
        await db.SaveChangesAsync();
        logger.LogInformation("Safer custody contact {ContactId} read", contact.Id);

        var settings = ServiceLevelSettings.From(await ContactRows.CurrentEstablishmentAsync(db));
        var actions = Corrections.Effective(contact.Actions);
        var feedback = Corrections.Effective(contact.CallerFeedback);
        var deadlines = ServiceLevels.For(new ContactTimes(contact.ReceivedAt, contact.Channel, contact.Categories, contact.ImminentRisk,
            contact.CallerWantsCallback, actions.Select(a => (DateTimeOffset?)a.OccurredAt).Min(), feedback.Select(f => (DateTimeOffset?)f.OccurredAt).Min()), settings);
        var staff = await StaffNames.LoadAsync(db, contact.Actions.Select(a => a.CreatedBy)
            .Concat(contact.CallerFeedback.Select(f => f.CreatedBy))
            .Concat(contact.Corrections.Select(c => c.CreatedBy))
            .Append(contact.CreatedBy).Append(contact.ClosedBy));
        return new ContactDetailsModel(contact, deadlines, clock.GetUtcNow(), ConsentGate.Current(contact.Actions),
            contact.Actions.Where(a => a.CorrectsId is not null).Select(a => a.CorrectsId!.Value).ToHashSet(),
            contact.CallerFeedback.Where(f => f.CorrectsId is not null).Select(f => f.CorrectsId!.Value).ToHashSet(),
            staff);
    }
}
