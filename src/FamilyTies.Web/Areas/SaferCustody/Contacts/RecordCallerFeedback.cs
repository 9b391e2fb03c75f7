using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Web.Areas.SaferCustody.Shared;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using FamilyTies.Web.Infrastructure;

namespace FamilyTies.Web.Areas.SaferCustody.Contacts;

/// <summary>The caller told the outcome, or why not. What may be shared depends on the prisoner's consent.</summary>
public sealed class RecordCallerFeedbackForm : ContactLogEntryForm
{
    [Display(Name = "Was the caller told the outcome?")] public string? Result { get; set; }
    [Display(Name = "What was the caller told?")] public string? Disclosure { get; set; }
    [Display(Name = "How many times was the caller phoned without an answer?")] public int? Attempts { get; set; }
    [Display(Name = "What was said, or why the caller was not told")] public string? Notes { get; set; }
    public PrisonerConsent? Consent { get; set; }
}

public sealed class RecordCallerFeedbackValidator : AbstractValidator<RecordCallerFeedbackForm>
{
    public RecordCallerFeedbackValidator(TimeProvider clock)
    {
        RuleFor(f => f.Result).Must(FormChoices.IsOneOf<CallerFeedbackResult>).WithMessage("Select whether the caller was told the outcome");
        this.InstantInPast(f => f.OccurredDate, f => f.OccurredTime, "of the call", clock);
        RuleFor(f => f.Disclosure).Must(FormChoices.IsOneOf<Disclosure>).WithMessage("Select what the caller was told")
            .When(f => f.Result == nameof(CallerFeedbackResult.Told));
        RuleFor(f => f.Attempts).NotNull().WithMessage("Enter how many times the caller was phoned")
            .InclusiveBetween(1, 20).WithMessage("Number of calls must be between 1 and 20")
            .When(f => f.Result == nameof(CallerFeedbackResult.NotToldNoAnswer));
        // The form asks only what it records: an answer that this result does not keep is refused, never dropped.
        RuleFor(f => f.Disclosure).Empty().WithMessage("Leave what the caller was told blank unless they were told the outcome")
            .When(f => FormChoices.IsOneOf<CallerFeedbackResult>(f.Result) && f.Result != nameof(CallerFeedbackResult.Told));
        RuleFor(f => f.Attempts).Null().WithMessage("Leave the number of calls blank unless there was no answer")
            .When(f => FormChoices.IsOneOf<CallerFeedbackResult>(f.Result) && f.Result != nameof(CallerFeedbackResult.NotToldNoAnswer));
        RuleFor(f => f.Notes).NotEmpty().WithMessage("Enter what was said, or why the caller was not told")
            .MaximumLength(10000).WithMessage("Notes must be 10,000 characters or fewer");
        this.CorrectionRules();
    }
}

public sealed class RecordCallerFeedbackHandler(FamilyTiesDbContext db, ILogger<RecordCallerFeedbackHandler> logger)
{
    public const string NoConsentMessage =
        "The prisoner has not agreed to information being shared. Tell the caller only that their concern was received and acted on";

    public async Task<Dictionary<string, string>> Handle(SaferCustodyContact contact, RecordCallerFeedbackForm form)
    {
        var errors = new Dictionary<string, string>();
        var occurredAt = form.OccurredAt();
        if (form.BeforeReceived(contact) is { } tooEarly)
        {
            errors[nameof(form.OccurredTime)] = tooEarly;
            return errors;
        }
        var result = Enum.Parse<CallerFeedbackResult>(form.Result!);
        Disclosure? disclosure = result == CallerFeedbackResult.Told ? Enum.Parse<Disclosure>(form.Disclosure!) : null;
        var actions = await db.ContactActions.AsNoTracking().Where(a => a.ContactId == contact.Id).ToListAsync();
        if (disclosure is { } d && !ConsentGate.MayShare(ConsentGate.Current(actions), d))
        {
            errors[nameof(form.Disclosure)] = NoConsentMessage;
            return errors;
        }
        if (await form.CorrectsAnEntryNotHere(db.CallerFeedback.Where(f => f.ContactId == contact.Id).Select(f => f.Id)))
        {
            errors[nameof(form.Result)] = "The entry being corrected is not on this contact";
            return errors;
        }
        var entry = new CallerFeedback
        {
            ContactId = contact.Id,
            OccurredAt = occurredAt,
            Result = result,
            Disclosure = disclosure,
            Attempts = result == CallerFeedbackResult.NotToldNoAnswer ? form.Attempts : null,
            Notes = form.Notes!.Trim(),
            CorrectsId = form.CorrectsId,
            CorrectionReason = form.CorrectionReasonToSave(),
        };
        db.CallerFeedback.Add(entry);
        await db.SaveChangesAsync();
        logger.LogInformation("Caller feedback {FeedbackId} ({Result}) recorded on safer custody contact {ContactId}", entry.Id, result, contact.Id);
        return errors;
    }

    public static RecordCallerFeedbackForm Blank(SaferCustodyContact contact, DateTimeOffset now, PrisonerConsent? consent, CallerFeedback? corrects) => new()
    {
        ContactId = contact.Id,
        Reference = contact.Reference,
        Consent = consent,
        Result = corrects?.Result.ToString(),
        OccurredDate = LondonTime.DateInput(corrects?.OccurredAt ?? now),
        OccurredTime = LondonTime.TimeInput(corrects?.OccurredAt ?? now),
        Disclosure = corrects?.Disclosure?.ToString(),
        Attempts = corrects?.Attempts,
        Notes = corrects?.Notes,
        CorrectsId = corrects?.Id,
    };
}
