using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Web.Areas.SaferCustody.Shared;
using FluentValidation;

namespace FamilyTies.Web.Areas.SaferCustody.Contacts;

public sealed class CloseContactForm
{
    [Display(Name = "Outcome")] public string? Outcome { get; set; }

    // For the view: steps not yet recorded.
    public string Reference { get; set; } = "";
    public int ContactId { get; set; }
    public IReadOnlyList<string> Missing { get; set; } = [];

    public static IReadOnlyList<string> MissingSteps(SaferCustodyContact contact)
    {
        var actions = Corrections.Effective(contact.Actions);
        var missing = new List<string>();
        if (actions.Count == 0)
        {
            missing.Add("No action has been recorded");
        }
        else if (actions.All(a => a.Kind != ActionKind.PrisonerSpokenTo))
        {
            missing.Add("Nobody has recorded speaking to the prisoner");
        }
        if (contact.CallerWantsCallback && Corrections.Effective(contact.CallerFeedback).Count == 0)
        {
            missing.Add("The caller asked for a call back and none is recorded");
        }
        return missing;
    }
}

public sealed class CloseContactValidator : AbstractValidator<CloseContactForm>
{
    public CloseContactValidator() =>
        RuleFor(f => f.Outcome).NotEmpty().WithMessage("Enter the outcome before closing the contact")
            .MaximumLength(10000).WithMessage("Outcome must be 10,000 characters or fewer");
}

/// <summary>Closes a contact with its outcome. A closed contact is never deleted; it stays on the record.</summary>
public sealed class CloseContactHandler(FamilyTiesDbContext db, ILogger<CloseContactHandler> logger)
{
    public async Task Handle(SaferCustodyContact contact, CloseContactForm form)
    {
        contact.Outcome = form.Outcome!.Trim();
        contact.ClosedAt = db.Clock.GetUtcNow();
        contact.ClosedBy = db.CurrentUser.UserId;
        SaferCustodyAudit.Add(db, nameof(SaferCustodyContact), contact.Id, "Closed");
        await db.SaveChangesAsync();
        logger.LogInformation("Safer custody contact {ContactId} closed", contact.Id);
    }
}
