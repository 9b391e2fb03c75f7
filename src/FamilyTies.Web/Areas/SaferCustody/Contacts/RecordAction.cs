using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Web.Areas.SaferCustody.Shared;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using FamilyTies.Web.Infrastructure;

namespace FamilyTies.Web.Areas.SaferCustody.Contacts;

/// <summary>An entry in a contact's action log, or a correction of one (a new entry naming the one it corrects).</summary>
public sealed class RecordActionForm : ContactLogEntryForm
{
    [Display(Name = "What was done?")] public string? Kind { get; set; }
    [Display(Name = "Did the prisoner agree to information being shared with the caller?")] public string? Consent { get; set; }
    [Display(Name = "Notes")] public string? Notes { get; set; }
}

public sealed class RecordActionValidator : AbstractValidator<RecordActionForm>
{
    public RecordActionValidator(TimeProvider clock)
    {
        RuleFor(f => f.Kind).Must(FormChoices.IsOneOf<ActionKind>).WithMessage("Select what was done");
        this.InstantInPast(f => f.OccurredDate, f => f.OccurredTime, "it was done", clock);
        // Needed when the prisoner was spoken to; on any other action an answer is optional, and kept when given.
        RuleFor(f => f.Consent).Must(FormChoices.IsOneOf<PrisonerConsent>)
            .WithMessage("Select whether the prisoner agreed to information being shared with the caller")
            .When(f => f.Kind == nameof(ActionKind.PrisonerSpokenTo) || !string.IsNullOrEmpty(f.Consent));
        RuleFor(f => f.Notes).NotEmpty().WithMessage("Enter what was done").When(f => f.Kind == nameof(ActionKind.Other));
        RuleFor(f => f.Notes).MaximumLength(10000).WithMessage("Notes must be 10,000 characters or fewer");
        this.CorrectionRules();
    }
}

public sealed class RecordActionHandler(FamilyTiesDbContext db, ILogger<RecordActionHandler> logger)
{
    /// <returns>Errors keyed by field; empty when recorded.</returns>
    public async Task<Dictionary<string, string>> Handle(SaferCustodyContact contact, RecordActionForm form)
    {
        var errors = new Dictionary<string, string>();
        var occurredAt = form.OccurredAt();
        if (form.BeforeReceived(contact) is { } tooEarly)
        {
            errors[nameof(form.OccurredTime)] = tooEarly;
            return errors;
        }
        if (await form.CorrectsAnEntryNotHere(db.ContactActions.Where(a => a.ContactId == contact.Id).Select(a => a.Id)))
        {
            errors[nameof(form.Kind)] = "The entry being corrected is not on this contact";
            return errors;
        }
        var kind = Enum.Parse<ActionKind>(form.Kind!);
        var action = new ContactAction
        {
            ContactId = contact.Id,
            Kind = kind,
            OccurredAt = occurredAt,
            // Whatever the action, an answer given is recorded (and counts: ConsentGate.Current).
            Consent = string.IsNullOrEmpty(form.Consent) ? null : Enum.Parse<PrisonerConsent>(form.Consent),
            Notes = form.Notes?.Trim() ?? "",
            CorrectsId = form.CorrectsId,
            CorrectionReason = form.CorrectionReasonToSave(),
        };
        db.ContactActions.Add(action);
        await db.SaveChangesAsync();
        logger.LogInformation("Action {ActionId} ({Kind}) recorded on safer custody contact {ContactId}", action.Id, kind, contact.Id);
        return errors;
    }

    public static RecordActionForm Blank(SaferCustodyContact contact, DateTimeOffset now, ContactAction? corrects) => new()
    {
        ContactId = contact.Id,
        Reference = contact.Reference,
        Kind = corrects?.Kind.ToString(),
        OccurredDate = LondonTime.DateInput(corrects?.OccurredAt ?? now),
        OccurredTime = LondonTime.TimeInput(corrects?.OccurredAt ?? now),
        Consent = corrects?.Consent?.ToString(),
        Notes = corrects?.Notes,
        CorrectsId = corrects?.Id,
    };
}
