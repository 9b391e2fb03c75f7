using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.CareExperienced;
using FamilyTies.Web.Infrastructure;
using FluentValidation;

namespace FamilyTies.Web.Areas.CareExperienced.Register;

/// <summary>A contact with the personal adviser or local authority: date, how, who, what.</summary>
public sealed class AdviserContactForm
{
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever] public string Title { get; set; } = "";
    [Display(Name = "Date of contact"), DateRange(DateKind.RecentPast)] public string? OccurredOn { get; set; }
    [Display(Name = "How")] public string? Method { get; set; }
    [Display(Name = "Who (name and role)")] public string? Who { get; set; }
    [Display(Name = "What was discussed (optional)")] public string? Notes { get; set; }

    public static string Describe(AdviserContactMethod m) => m switch
    {
        AdviserContactMethod.Visit => "Visit in the prison",
        AdviserContactMethod.Phone => "Phone",
        AdviserContactMethod.VideoCall => "Video call",
        AdviserContactMethod.Letter => "Letter",
        _ => "Email",
    };
}

public sealed class AdviserContactValidator : AbstractValidator<AdviserContactForm>
{
    public AdviserContactValidator(TimeProvider clock)
    {
        this.DateNotFuture(f => f.OccurredOn, "of the contact", clock);
        RuleFor(f => f.Method).Must(FormChoices.IsOneOf<AdviserContactMethod>).WithMessage("Select how the contact was made");
        this.Text(f => f.Who, "who the contact was with", 100, required: true);
        this.Text(f => f.Notes, "what was discussed", 2000);
    }
}

public sealed class AdviserContactHandler(FamilyTiesDbContext db, ILogger<AdviserContactHandler> logger)
{
    public async Task<int?> Handle(CareExperiencedRecord record, AdviserContactForm form)
    {
        var contact = new PersonalAdviserContact
        {
            RecordId = record.Id,
            OccurredOn = LondonTimeRules.ParseDate(form.OccurredOn),
            Method = Enum.Parse<AdviserContactMethod>(form.Method!),
            Who = form.Who!.Trim(),
            Notes = form.Notes?.Trim() ?? "",
        };
        db.PersonalAdviserContacts.Add(contact);
        await db.SaveChangesAsync();
        logger.LogInformation("Personal adviser contact {ContactId} recorded on care-experienced record {RecordId}", contact.Id, record.Id);
        return contact.Id;
    }
}
