using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.CareExperienced;
using FamilyTies.Domain.People;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.CareExperienced.Register;

/// <summary>Puts a prisoner on the care-experienced register (self-declared).</summary>
public sealed class RegisterForm
{
    [Display(Name = "Prison number")] public string? PrisonNumber { get; set; }
    [Display(Name = "Date declared"), DateRange(DateKind.RecentPast)] public string? RegisteredOn { get; set; }
    [Display(Name = "How was their care experience identified?")] public string? IdentifiedBy { get; set; }
    [Display(Name = "Details (optional)")] public string? IdentifiedByDetail { get; set; }
    [Display(Name = "Looked after from (optional)"), DateRange(DateKind.Past)] public string? LookedAfterFrom { get; set; }
    [Display(Name = "Looked after until (optional)"), DateRange(DateKind.Past)] public string? LookedAfterTo { get; set; }
    [Display(Name = "Does the prisoner consent to sharing with the local authority?")] public string? ConsentToShare { get; set; }
    [Display(Name = "Responsible local authority (optional)")] public string? LocalAuthority { get; set; }
    [Display(Name = "Personal adviser (optional)")] public string? PersonalAdviserName { get; set; }
    [Display(Name = "Personal adviser's phone (optional)")] public string? PersonalAdviserPhone { get; set; }
    [Display(Name = "Personal adviser's email (optional)")] public string? PersonalAdviserEmail { get; set; }
    [Display(Name = "Is a pathway plan held?")] public string? PathwayPlanHeld { get; set; }
    [Display(Name = "Pathway plan date (optional)"), DateRange(DateKind.Past)] public string? PathwayPlanDate { get; set; }
    [Display(Name = "Single point of contact in the prison (optional)")] public string? SinglePointOfContact { get; set; }
    [Display(Name = "Who follows up if there are no visits (optional)")] public string? FollowUpBy { get; set; }
    [Display(Name = "Setting-up-home grant given on (optional)"), DateRange(DateKind.Past)] public string? SettingUpHomeGrantOn { get; set; }
    [Display(Name = "Bursary given on (optional)"), DateRange(DateKind.Past)] public string? BursaryOn { get; set; }
    [Display(Name = "Other support given (optional)")] public string? OtherSupport { get; set; }
    [Display(Name = "Other support given on (optional)"), DateRange(DateKind.Past)] public string? OtherSupportOn { get; set; }

    public static string Describe(IdentifiedBy by) => by switch
    {
        Domain.CareExperienced.IdentifiedBy.InductionQuestionnaire => "Induction questionnaire",
        Domain.CareExperienced.IdentifiedBy.FirstNight => "First night",
        Domain.CareExperienced.IdentifiedBy.Referral => "Referral",
        _ => "Other",
    };
}

public sealed class RegisterValidator : AbstractValidator<RegisterForm>
{
    public RegisterValidator(TimeProvider clock, FamilyTiesDbContext db)
    {
        RuleFor(f => f.PrisonNumber).NotEmpty().WithMessage("Enter the prison number")
            .Must(n => PrisonNumber.IsValid(n)).WithMessage("Enter the prison number in the format A1234BC")
            .MustAsync(async (n, ct) => await db.Prisoners.AnyAsync(p => p.PrisonNumber == PrisonNumber.Normalise(n), ct))
            .WithMessage("No prisoner with that number is held here")
            .MustAsync(async (n, ct) => !await db.CareExperiencedRecords.AnyAsync(r => r.Prisoner!.PrisonNumber == PrisonNumber.Normalise(n), ct))
            .WithMessage("This prisoner is already on the care-experienced register");
        this.DateNotFuture(f => f.RegisteredOn, "they declared it", clock);
        RuleFor(f => f.IdentifiedBy).Must(FormChoices.IsOneOf<IdentifiedBy>).WithMessage("Select how their care experience was identified");
        RuleFor(f => f.IdentifiedByDetail).NotEmpty().WithMessage("Enter how their care experience was identified")
            .When(f => f.IdentifiedBy == nameof(Domain.CareExperienced.IdentifiedBy.Other));
        this.Text(f => f.IdentifiedByDetail, "the details", 200);
        this.OptionalDate(f => f.LookedAfterFrom, "they were looked after from");
        this.OptionalDate(f => f.LookedAfterTo, "they were looked after until");
        RuleFor(f => f.LookedAfterFrom).NotEmpty().WithMessage("Enter the date they were looked after from, or leave both dates empty")
            .When(f => !string.IsNullOrWhiteSpace(f.LookedAfterTo));
        RuleFor(f => f.LookedAfterTo)
            .Must((f, to) => CareRules.OptionalDate(to) is not { } t || CareRules.OptionalDate(f.LookedAfterFrom) is not { } from || t >= from)
            .WithMessage("The date they were looked after until must be on or after the date they were looked after from");
        RuleFor(f => f.ConsentToShare).Must(CareRules.IsYesNo).WithMessage("Select whether the prisoner consents to sharing with the local authority");
        this.Text(f => f.LocalAuthority, "the local authority", 100);
        this.Text(f => f.PersonalAdviserName, "the personal adviser", 100);
        RuleFor(f => f.PersonalAdviserPhone).Must(p => string.IsNullOrWhiteSpace(p) || PhoneNumber.Normalise(p) is not null)
            .WithMessage("Enter the personal adviser's phone as a telephone number, like 01772 442000");
        RuleFor(f => f.PersonalAdviserEmail).EmailAddress().WithMessage("Enter the personal adviser's email in the right format, like name@example.gov.uk")
            .MaximumLength(200).WithMessage("The personal adviser's email must be 200 characters or fewer");
        RuleFor(f => f.PathwayPlanHeld).Must(CareRules.IsYesNo).WithMessage("Select whether a pathway plan is held");
        this.OptionalDate(f => f.PathwayPlanDate, "of the pathway plan");
        this.Text(f => f.SinglePointOfContact, "the single point of contact", 100);
        this.Text(f => f.FollowUpBy, "who follows up", 100);
        this.OptionalDate(f => f.SettingUpHomeGrantOn, "the setting-up-home grant was given");
        this.OptionalDate(f => f.BursaryOn, "the bursary was given");
        this.Text(f => f.OtherSupport, "the other support", 200);
        this.OptionalDate(f => f.OtherSupportOn, "the other support was given");
    }
}

public sealed class RegisterHandler(FamilyTiesDbContext db, TimeProvider clock, ILogger<RegisterHandler> logger)
{
    public async Task<int?> Handle(RegisterForm form)
    {
        var number = PrisonNumber.Normalise(form.PrisonNumber);
        var prisoner = await db.Prisoners.SingleAsync(p => p.PrisonNumber == number);
        var consent = form.ConsentToShare == "true";
        var record = new CareExperiencedRecord
        {
            PrisonerId = prisoner.Id,
            RegisteredOn = LondonTimeRules.ParseDate(form.RegisteredOn),
            IdentifiedBy = Enum.Parse<IdentifiedBy>(form.IdentifiedBy!),
            IdentifiedByDetail = form.IdentifiedByDetail?.Trim() ?? "",
            LookedAfterFrom = CareRules.OptionalDate(form.LookedAfterFrom),
            LookedAfterTo = CareRules.OptionalDate(form.LookedAfterTo),
            ConsentToShare = consent,
            ConsentGivenOn = consent ? FamilyTies.Domain.Common.LondonTime.Today(clock) : null,
            LocalAuthority = form.LocalAuthority?.Trim() ?? "",
            PersonalAdviserName = form.PersonalAdviserName?.Trim() ?? "",
            PersonalAdviserPhone = form.PersonalAdviserPhone?.Trim() ?? "",
            PersonalAdviserEmail = form.PersonalAdviserEmail?.Trim() ?? "",
            PathwayPlanHeld = form.PathwayPlanHeld == "true",
            PathwayPlanDate = CareRules.OptionalDate(form.PathwayPlanDate),
            SinglePointOfContact = form.SinglePointOfContact?.Trim() ?? "",
            FollowUpBy = form.FollowUpBy?.Trim() ?? "",
            SettingUpHomeGrantOn = CareRules.OptionalDate(form.SettingUpHomeGrantOn),
            BursaryOn = CareRules.OptionalDate(form.BursaryOn),
            OtherSupport = form.OtherSupport?.Trim() ?? "",
            OtherSupportOn = CareRules.OptionalDate(form.OtherSupportOn),
        };
        // The roll's flag follows the register (needs.care_experienced_pct counts the flag).
        prisoner.CareExperienced = true;
        db.CareExperiencedRecords.Add(record);
        await db.SaveChangesAsync();
        logger.LogInformation("Care-experienced record {RecordId} registered for prisoner {PrisonerId}", record.Id, prisoner.Id);
        return record.Id;
    }
}
