using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Web.Areas.SaferCustody.Shared;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using FamilyTies.Web.Infrastructure;

namespace FamilyTies.Web.Areas.SaferCustody.Cases;

/// <summary>One step of family involvement in an ACCT or CSIP, or a correction of one.</summary>
public sealed class RecordInvolvementForm : CorrectionForm
{
    [Display(Name = "What happened?")] public string? Kind { get; set; }
    [Display(Name = "Date"), DateRange(DateKind.RecentPast)] public string? OccurredOn { get; set; }
    [Display(Name = "The prisoner's answer")] public string? Answer { get; set; }
    [Display(Name = "Family member")] public string? FamilyMember { get; set; }
    [Display(Name = "Date of the review"), DateRange(DateKind.CaseReview)] public string? ReviewOn { get; set; }
    [Display(Name = "Did the family member attend the review?")] public bool? Attended { get; set; }
    [Display(Name = "Notes")] public string? Notes { get; set; }

    // For the view.
    public int CaseId { get; set; }
    /// <summary>For the view only: never read from a posted form.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever] public string CaseTitle { get; set; } = "";
}

public sealed class RecordInvolvementValidator : AbstractValidator<RecordInvolvementForm>
{
    public RecordInvolvementValidator(TimeProvider clock)
    {
        RuleFor(f => f.Kind).Must(FormChoices.IsOneOf<InvolvementEntryKind>).WithMessage("Select what happened");
        this.DateNotFuture(f => f.OccurredOn, "it happened", clock);
        RuleFor(f => f.Answer).Must(FormChoices.IsOneOf<FamilyAnswer>).WithMessage("Select the prisoner's answer")
            .When(f => f.Kind == nameof(InvolvementEntryKind.PrisonerAsked));
        RuleFor(f => f.FamilyMember).NotEmpty().WithMessage("Enter the family member's name and relationship, like Sarah Quayle (wife)")
            .When(f => (f.Kind == nameof(InvolvementEntryKind.PrisonerAsked) && f.Answer == nameof(FamilyAnswer.Agreed))
                       || f.Kind == nameof(InvolvementEntryKind.InvitedToReview));
        RuleFor(f => f.FamilyMember).MaximumLength(150).WithMessage("Family member must be 150 characters or fewer");
        RuleFor(f => f.ReviewOn).NotEmpty().WithMessage("Enter the date of the review")
            .Must(d => LondonTime.TryParseDate(d, out _)).WithMessage("Enter the date of the review as a real date, like 23/11/2026")
            .When(f => f.Kind is nameof(InvolvementEntryKind.InvitedToReview) or nameof(InvolvementEntryKind.ReviewAttendance));
        RuleFor(f => f.Attended).NotNull().WithMessage("Select yes if the family member attended the review")
            .When(f => f.Kind == nameof(InvolvementEntryKind.ReviewAttendance));
        // The form asks only what it records: an answer that this kind of entry does not keep is refused, never dropped.
        RuleFor(f => f.Answer).Empty().WithMessage("Leave the prisoner's answer blank unless the prisoner was asked about family involvement")
            .When(f => FormChoices.IsOneOf<InvolvementEntryKind>(f.Kind) && f.Kind != nameof(InvolvementEntryKind.PrisonerAsked));
        RuleFor(f => f.ReviewOn).Empty().WithMessage("Leave the date of the review blank unless you are recording an invitation or attendance")
            .When(f => FormChoices.IsOneOf<InvolvementEntryKind>(f.Kind) && f.Kind is not (nameof(InvolvementEntryKind.InvitedToReview) or nameof(InvolvementEntryKind.ReviewAttendance)));
        RuleFor(f => f.Attended).Null().WithMessage("Leave whether the family member attended blank unless you are recording review attendance")
            .When(f => FormChoices.IsOneOf<InvolvementEntryKind>(f.Kind) && f.Kind != nameof(InvolvementEntryKind.ReviewAttendance));
        RuleFor(f => f.Notes).MaximumLength(10000).WithMessage("Notes must be 10,000 characters or fewer");
        this.CorrectionRules();
    }
}

public sealed class RecordInvolvementHandler(FamilyTiesDbContext db, ILogger<RecordInvolvementHandler> logger)
{
    public async Task<Dictionary<string, string>> Handle(SafetyCase safetyCase, RecordInvolvementForm form)
    {
        var errors = new Dictionary<string, string>();
        var occurredOn = LondonTimeRules.ParseDate(form.OccurredOn);
        if (occurredOn < safetyCase.OpenedOn)
        {
            errors[nameof(form.OccurredOn)] = $"The date must be on or after the {SaferCustodyText.Of(safetyCase.Kind)} was opened ({LondonTime.FormatDate(safetyCase.OpenedOn)})";
            return errors;
        }
        if (await form.CorrectsAnEntryNotHere(db.FamilyInvolvementEntries.Where(e => e.SafetyCaseId == safetyCase.Id).Select(e => e.Id)))
        {
            errors[nameof(form.Kind)] = "The entry being corrected is not on this case";
            return errors;
        }
        var kind = Enum.Parse<InvolvementEntryKind>(form.Kind!);
        var entry = new FamilyInvolvementEntry
        {
            SafetyCaseId = safetyCase.Id,
            Kind = kind,
            OccurredOn = occurredOn,
            Answer = kind == InvolvementEntryKind.PrisonerAsked ? Enum.Parse<FamilyAnswer>(form.Answer!) : null,
            FamilyMember = form.FamilyMember?.Trim() ?? "",
            ReviewOn = kind is InvolvementEntryKind.InvitedToReview or InvolvementEntryKind.ReviewAttendance ? LondonTimeRules.ParseDate(form.ReviewOn) : null,
            Attended = kind == InvolvementEntryKind.ReviewAttendance ? form.Attended : null,
            Notes = form.Notes?.Trim() ?? "",
            CorrectsId = form.CorrectsId,
            CorrectionReason = form.CorrectionReasonToSave(),
        };
        db.FamilyInvolvementEntries.Add(entry);
        await db.SaveChangesAsync();
        logger.LogInformation("Family involvement entry {EntryId} ({Kind}) recorded on case {CaseId}", entry.Id, kind, safetyCase.Id);
        return errors;
    }

    public static RecordInvolvementForm Blank(SafetyCase safetyCase, string title, DateTimeOffset now, FamilyInvolvementEntry? corrects) => new()
    {
        CaseId = safetyCase.Id,
        CaseTitle = title,
        Kind = corrects?.Kind.ToString(),
        OccurredOn = corrects is null ? LondonTime.DateInput(now) : LondonTime.DateInput(corrects.OccurredOn),
        Answer = corrects?.Answer?.ToString(),
        FamilyMember = corrects?.FamilyMember,
        ReviewOn = (corrects?.ReviewOn is { } review ? LondonTime.DateInput(review) : null),
        Attended = corrects?.Attended,
        Notes = corrects?.Notes,
        CorrectsId = corrects?.Id,
    };
}
