using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.People;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using FamilyTies.Web.Infrastructure;

namespace FamilyTies.Web.Features.Restrictions;

public sealed class AddRestrictionForm
{
    public int? ContactId { get; set; }
    public int? PrisonerId { get; set; }
    public int? LinkId { get; set; }
    [Display(Name = "Type of restriction")] public string? Type { get; set; }
    [Display(Name = "Reason")] public string? Reason { get; set; }
    [Display(Name = "Start date"), DateRange(DateKind.Restriction)] public DateOnly? StartDate { get; set; }
    [Display(Name = "Expiry date"), DateRange(DateKind.Restriction)] public DateOnly? ExpiryDate { get; set; }
    [Display(Name = "Review date"), DateRange(DateKind.Restriction)] public DateOnly? ReviewDate { get; set; }
}

public sealed class AddRestrictionValidator : AbstractValidator<AddRestrictionForm>
{
    public AddRestrictionValidator()
    {
        RuleFor(f => f.Type).Must(t => Enum.TryParse<RestrictionType>(t, out _) && !int.TryParse(t, out _)).WithMessage("Select the type of restriction");
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter the reason for the restriction").MaximumLength(500).WithMessage("Reason must be 500 characters or fewer");
        RuleFor(f => f.StartDate).NotNull().WithMessage("Enter the start date");
        RuleFor(f => f.ExpiryDate).NotNull().When(f => f.Type == nameof(RestrictionType.Ban)).WithMessage("Enter the date the ban expires");
        RuleFor(f => f.ExpiryDate).GreaterThanOrEqualTo(f => f.StartDate).When(f => f.StartDate is not null && f.ExpiryDate is not null)
            .WithMessage("Expiry date must be on or after the start date");
        RuleFor(f => f.ReviewDate).GreaterThanOrEqualTo(f => f.StartDate).When(f => f.StartDate is not null && f.ReviewDate is not null)
            .WithMessage("Review date must be on or after the start date");
    }
}

public sealed class AddRestrictionHandler(FamilyTiesDbContext db, FamilyTies.Data.Visits.VisitReviews reviews)
{
    /// <summary>What the restriction is on, loaded through the establishment filter (null when not visible here).</summary>
    public async Task<(Contact? Contact, Prisoner? Prisoner, PrisonerContact? Link)> Subject(AddRestrictionForm form)
    {
        if (form.LinkId is { } linkId)
        {
            var link = await db.PrisonerContacts.Include(l => l.Contact).Include(l => l.Prisoner).SingleOrDefaultAsync(l => l.Id == linkId);
            return (null, null, link);
        }
        if (form.PrisonerId is { } prisonerId)
        {
            return (null, await db.Prisoners.SingleOrDefaultAsync(p => p.Id == prisonerId), null);
        }
        if (form.ContactId is { } contactId)
        {
            return (await db.Contacts.SingleOrDefaultAsync(c => c.Id == contactId), null, null);
        }
        return (null, null, null);
    }

    public async Task<Restriction> Handle(AddRestrictionForm form, Contact? contact, Prisoner? prisoner, PrisonerContact? link)
    {
        var restriction = new Restriction
        {
            Type = Enum.Parse<RestrictionType>(form.Type!),
            Contact = contact,
            Prisoner = prisoner,
            PrisonerContact = link,
            Reason = form.Reason!.Trim(),
            StartDate = form.StartDate!.Value,
            ExpiryDate = form.ExpiryDate,
            ReviewDate = form.ReviewDate,
        };
        db.Restrictions.Add(restriction);
        // Visits already booked that this restriction touches go to the needs-review list, in the same save.
        await reviews.RestrictionAdded(prisoner?.Id ?? link?.PrisonerId, contact?.Id ?? link?.ContactId, Restriction.Describe(restriction.Type));
        await db.SaveChangesAsync();
        return restriction;
    }
}

public sealed class EndRestrictionForm
{
    [Display(Name = "Why is the restriction ending early?")] public string? Reason { get; set; }
}

public sealed class EndRestrictionValidator : AbstractValidator<EndRestrictionForm>
{
    public EndRestrictionValidator() =>
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter why the restriction is ending early")
            .MaximumLength(500).WithMessage("Reason must be 500 characters or fewer");
}
