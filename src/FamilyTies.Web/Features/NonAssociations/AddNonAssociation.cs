using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.People;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using FamilyTies.Web.Infrastructure;

namespace FamilyTies.Web.Features.NonAssociations;

public sealed class AddNonAssociationForm
{
    public int PrisonerId { get; set; }
    [Display(Name = "Prison number of the other prisoner")] public string? OtherPrisonNumber { get; set; }
    [Display(Name = "Reason")] public string? Reason { get; set; }
    [Display(Name = "Start date"), DateRange(DateKind.Restriction)] public DateOnly? StartDate { get; set; }
    [Display(Name = "End date (optional)"), DateRange(DateKind.Restriction)] public DateOnly? EndDate { get; set; }
}

public sealed class AddNonAssociationValidator : AbstractValidator<AddNonAssociationForm>
{
    public AddNonAssociationValidator()
    {
        RuleFor(f => f.OtherPrisonNumber).NotEmpty().WithMessage("Enter the prison number of the other prisoner")
            .Must(PrisonNumber.IsValid).WithMessage("Enter the prison number in the correct format, like A1234BC");
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter the reason").MaximumLength(500).WithMessage("Reason must be 500 characters or fewer");
        RuleFor(f => f.StartDate).NotNull().WithMessage("Enter the start date");
        RuleFor(f => f.EndDate).GreaterThanOrEqualTo(f => f.StartDate).When(f => f.StartDate is not null && f.EndDate is not null)
            .WithMessage("End date must be on or after the start date");
    }
}

public sealed class AddNonAssociationHandler(FamilyTiesDbContext db, FamilyTies.Data.Visits.VisitReviews reviews)
{
    public async Task<(NonAssociation? Saved, Dictionary<string, string> Errors)> Handle(Prisoner prisoner, AddNonAssociationForm form, DateOnly today)
    {
        var number = PrisonNumber.Normalise(form.OtherPrisonNumber);
        var other = await db.Prisoners.SingleOrDefaultAsync(p => p.PrisonNumber == number);
        if (other is null)
        {
            return (null, new() { [nameof(form.OtherPrisonNumber)] = "No prisoner here has that prison number" });
        }
        if (other.Id == prisoner.Id)
        {
            return (null, new() { [nameof(form.OtherPrisonNumber)] = "Enter a different prisoner's number: a prisoner cannot be kept apart from themselves" });
        }
        var existing = await db.NonAssociations
            .Where(n => (n.PrisonerAId == prisoner.Id && n.PrisonerBId == other.Id) || (n.PrisonerAId == other.Id && n.PrisonerBId == prisoner.Id))
            .ToListAsync();
        if (existing.Any(n => n.IsActiveOn(today) || n.StartDate > today && n.EndedAt is null))
        {
            return (null, new() { [nameof(form.OtherPrisonNumber)] = $"A non-association with {other.FullName} is already in place" });
        }
        var saved = new NonAssociation
        {
            PrisonerA = prisoner,
            PrisonerB = other,
            Reason = form.Reason!.Trim(),
            StartDate = form.StartDate!.Value,
            EndDate = form.EndDate,
        };
        db.NonAssociations.Add(saved);
        await reviews.NonAssociationAdded(prisoner.Id, other.Id);
        await db.SaveChangesAsync();
        return (saved, []);
    }
}
