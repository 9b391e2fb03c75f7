using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.People;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using FamilyTies.Web.Infrastructure;

namespace FamilyTies.Web.Features.Prisoners;

/// <summary>The prisoner's details a prison records by hand (create and edit share them).</summary>
public sealed class PrisonerForm
{
    [Display(Name = "Prison number")] public string? PrisonNumber { get; set; }
    [Display(Name = "First name")] public string? FirstName { get; set; }
    [Display(Name = "Last name")] public string? LastName { get; set; }
    [Display(Name = "Date of birth"), DateRange(DateKind.DateOfBirth)] public DateOnly? DateOfBirth { get; set; }
    [Display(Name = "Location")] public string? Location { get; set; }
    [Display(Name = "Incentive level")] public string? IncentiveLevel { get; set; }
    [Display(Name = "Category")] public string? Category { get; set; }
    [Display(Name = "Legal status")] public string? LegalStatus { get; set; }
    [Display(Name = "Status")] public string? Status { get; set; }
    [Display(Name = "Reception date"), DateRange(DateKind.Past)] public DateOnly? ReceptionDate { get; set; }
    [Display(Name = "Earliest release date"), DateRange(DateKind.Release)] public DateOnly? EarliestReleaseDate { get; set; }
    [Display(Name = "Nationality")] public string? Nationality { get; set; }
    [Display(Name = "Languages")] public string? Languages { get; set; }
    [Display(Name = "Interpreter needed")] public bool InterpreterNeeded { get; set; }
    [Display(Name = "Care-experienced")] public bool CareExperienced { get; set; }
    [Display(Name = "Children under 18")] public string? ChildrenUnder18 { get; set; }
    [Display(Name = "Home area")] public string? HomeArea { get; set; }
    [Display(Name = "Distance from home in miles")] public int? DistanceFromHomeMiles { get; set; }
    [Display(Name = "Key worker")] public string? KeyWorker { get; set; }
    [Display(Name = "Prison offender manager")] public string? PrisonOffenderManager { get; set; }

    public static PrisonerForm From(Prisoner p) => new()
    {
        PrisonNumber = p.PrisonNumber, FirstName = p.FirstName, LastName = p.LastName, DateOfBirth = p.DateOfBirth,
        Location = p.Location, IncentiveLevel = p.IncentiveLevel.ToString(), Category = p.Category,
        LegalStatus = p.LegalStatus.ToString(), Status = p.Status.ToString(), ReceptionDate = p.ReceptionDate,
        EarliestReleaseDate = p.EarliestReleaseDate, Nationality = p.Nationality, Languages = p.Languages,
        InterpreterNeeded = p.InterpreterNeeded, CareExperienced = p.CareExperienced,
        ChildrenUnder18 = p.ChildrenUnder18?.ToString() ?? "unknown", HomeArea = p.HomeArea,
        DistanceFromHomeMiles = p.DistanceFromHomeMiles, KeyWorker = p.KeyWorker, PrisonOffenderManager = p.PrisonOffenderManager,
    };

    public void ApplyTo(Prisoner p)
    {
        p.PrisonNumber = FamilyTies.Domain.People.PrisonNumber.Normalise(PrisonNumber);
        p.FirstName = FirstName!.Trim();
        p.LastName = LastName!.Trim();
        p.DateOfBirth = DateOfBirth!.Value;
        p.Location = Location?.Trim().ToUpperInvariant() ?? "";
        p.IncentiveLevel = Enum.Parse<IncentiveLevel>(IncentiveLevel!);
        p.Category = Category?.Trim().ToUpperInvariant() ?? "";
        p.LegalStatus = Enum.Parse<LegalStatus>(LegalStatus!);
        p.Status = Enum.Parse<PrisonerStatus>(Status!);
        p.ReceptionDate = ReceptionDate;
        p.EarliestReleaseDate = EarliestReleaseDate;
        p.Nationality = Nationality?.Trim() ?? "";
        p.Languages = Languages?.Trim() ?? "";
        p.InterpreterNeeded = InterpreterNeeded;
        p.CareExperienced = CareExperienced;
        p.ChildrenUnder18 = int.TryParse(ChildrenUnder18, out var children) ? children : null;
        p.HomeArea = HomeArea?.Trim() ?? "";
        p.DistanceFromHomeMiles = DistanceFromHomeMiles;
        p.KeyWorker = KeyWorker?.Trim() ?? "";
        p.PrisonOffenderManager = PrisonOffenderManager?.Trim() ?? "";
    }
}

public sealed class PrisonerFormValidator : AbstractValidator<PrisonerForm>
{
    public PrisonerFormValidator(TimeProvider clock)
    {
        var today = Infrastructure.ControllerExtensions.Today(clock);
        RuleFor(f => f.PrisonNumber).NotEmpty().WithMessage("Enter the prison number")
            .Must(PrisonNumber.IsValid).WithMessage("Enter the prison number in the correct format, like A1234BC");
        RuleFor(f => f.FirstName).NotEmpty().WithMessage("Enter the first name").MaximumLength(100).WithMessage("First name must be 100 characters or fewer");
        RuleFor(f => f.LastName).NotEmpty().WithMessage("Enter the last name").MaximumLength(100).WithMessage("Last name must be 100 characters or fewer");
        RuleFor(f => f.DateOfBirth).NotNull().WithMessage("Enter the date of birth")
            .LessThan(today).WithMessage("Date of birth must be in the past")
            .Must(d => d is null || Age.On(d.Value, today) is >= 15 and <= 110)
            .WithMessage("Date of birth must be of someone aged between 15 and 110");
        RuleFor(f => f.Location).MaximumLength(50).WithMessage("Location must be 50 characters or fewer");
        RuleFor(f => f.IncentiveLevel).Must(v => Enum.TryParse<IncentiveLevel>(v, out _) && !int.TryParse(v, out _)).WithMessage("Select the incentive level");
        RuleFor(f => f.Category).MaximumLength(20).WithMessage("Category must be 20 characters or fewer");
        RuleFor(f => f.LegalStatus).Must(v => Enum.TryParse<LegalStatus>(v, out _) && !int.TryParse(v, out _)).WithMessage("Select the legal status");
        RuleFor(f => f.Status).Must(v => Enum.TryParse<PrisonerStatus>(v, out _) && !int.TryParse(v, out _)).WithMessage("Select the status");
        RuleFor(f => f.ReceptionDate).LessThanOrEqualTo(today).WithMessage("Reception date must be today or in the past")
            .GreaterThan(f => f.DateOfBirth).When(f => f.DateOfBirth is not null && f.DateOfBirth < today).WithMessage("Reception date must be after the date of birth");
        RuleFor(f => f.EarliestReleaseDate).GreaterThanOrEqualTo(f => f.ReceptionDate)
            .When(f => f.ReceptionDate is not null && f.EarliestReleaseDate is not null)
            .WithMessage("Earliest release date must be on or after the reception date");
        RuleFor(f => f.Nationality).MaximumLength(100).WithMessage("Nationality must be 100 characters or fewer");
        RuleFor(f => f.Languages).MaximumLength(200).WithMessage("Languages must be 200 characters or fewer");
        RuleFor(f => f.ChildrenUnder18).NotEmpty().WithMessage("Enter the number of children under 18, or select not known")
            .Must(v => v == "unknown" || (int.TryParse(v, out var n) && n is >= 0 and <= 30))
            .WithMessage("Children under 18 must be a number between 0 and 30, or not known");
        RuleFor(f => f.HomeArea).MaximumLength(100).WithMessage("Home area must be 100 characters or fewer");
        RuleFor(f => f.DistanceFromHomeMiles).InclusiveBetween(0, 5000).When(f => f.DistanceFromHomeMiles is not null)
            .WithMessage("Distance from home must be between 0 and 5000 miles");
        RuleFor(f => f.KeyWorker).MaximumLength(100).WithMessage("Key worker must be 100 characters or fewer");
        RuleFor(f => f.PrisonOffenderManager).MaximumLength(100).WithMessage("Prison offender manager must be 100 characters or fewer");
    }
}

/// <summary>Creates or updates a prisoner in the current establishment. The prison number is unique here.</summary>
public sealed class EditPrisonerHandler(FamilyTiesDbContext db, FamilyTies.Data.Visits.VisitReviews reviews)
{
    public async Task<(Prisoner? Prisoner, Dictionary<string, string> Errors)> Handle(Prisoner? existing, PrisonerForm form)
    {
        var number = PrisonNumber.Normalise(form.PrisonNumber);
        if (await db.Prisoners.AnyAsync(p => p.PrisonNumber == number && (existing == null || p.Id != existing.Id)))
        {
            return (null, new() { [nameof(form.PrisonNumber)] = "A prisoner with this prison number is already on the roll here" });
        }
        var prisoner = existing ?? new Prisoner();
        var wasActive = existing?.Status == PrisonerStatus.Active;
        form.ApplyTo(prisoner);
        if (wasActive && prisoner.Status != PrisonerStatus.Active)
        {
            await reviews.PrisonerLeft(prisoner.Id, prisoner.Status == PrisonerStatus.Released
                ? FamilyTies.Domain.Visits.NeedsReviewReason.PrisonerReleased : FamilyTies.Domain.Visits.NeedsReviewReason.PrisonerTransferred);
        }
        if (existing is null)
        {
            db.Prisoners.Add(prisoner);
        }
        await db.SaveChangesAsync();
        return (prisoner, []);
    }
}
