using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Domain.People;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.FamilyDays.Schemes;

/// <summary>A refusal a handler found after the form was valid: the field it belongs to and what to say.</summary>
public sealed record SchemeRefusal(string Field, string Message);

public sealed class SchemeForm
{
    [Display(Name = "Name of the scheme")] public string? Name { get; set; }
    [Display(Name = "What it is (optional)")] public string? Description { get; set; }
}

public sealed class SchemeFormValidator : AbstractValidator<SchemeForm>
{
    public SchemeFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the name of the scheme").MaximumLength(120).WithMessage("Name must be 120 characters or fewer");
        RuleFor(f => f.Description).MaximumLength(500).WithMessage("What it is must be 500 characters or fewer");
    }
}

public sealed class ParticipantForm
{
    [Display(Name = "Prison number")] public string? PrisonNumber { get; set; }
    [Display(Name = "Date they started"), DateRange(DateKind.Past)] public DateOnly? StartDate { get; set; }
}

public sealed class ParticipantFormValidator : AbstractValidator<ParticipantForm>
{
    public ParticipantFormValidator()
    {
        RuleFor(f => f.PrisonNumber).NotEmpty().WithMessage("Enter the prison number")
            .Must(n => PrisonNumber.IsValid(n)).When(f => !string.IsNullOrWhiteSpace(f.PrisonNumber))
            .WithMessage("Enter a prison number in the right format, like A1234BC");
        RuleFor(f => f.StartDate).NotNull().WithMessage("Enter the date they started");
    }
}

public sealed class ParticipationForm
{
    [Display(Name = "Where are they with the scheme?")] public string? Status { get; set; }
    [Display(Name = "Date they completed or left"), DateRange(DateKind.Past)] public DateOnly? EndDate { get; set; }
}

public sealed class ParticipationFormValidator : AbstractValidator<ParticipationForm>
{
    public ParticipationFormValidator()
    {
        RuleFor(f => f.Status).Must(FormChoices.IsOneOf<ParticipationStatus>).WithMessage("Select whether they are taking part, completed or left");
        RuleFor(f => f.EndDate).NotNull().When(f => f.Status is nameof(ParticipationStatus.Completed) or nameof(ParticipationStatus.Left))
            .WithMessage("Enter the date they completed or left");
    }
}

/// <summary>
/// Adds the establishment's own scheme beside the standard ones, records a prisoner starting one, and records them
/// completing or leaving it. Participation is what <c>schemes.participants</c> counts.
/// </summary>
public sealed class SchemeHandler(FamilyTiesDbContext db, TimeProvider clock)
{
    public async Task<(int? Id, SchemeRefusal? Refusal)> Add(SchemeForm form)
    {
        var name = form.Name!.Trim();
        var upper = name.ToUpperInvariant();
        if (await db.Schemes.AnyAsync(s => s.Name.ToUpper() == upper))
        {
            return (null, new(nameof(SchemeForm.Name), $"There is already a scheme called {name}"));
        }
        var scheme = new Scheme { Name = name, Description = form.Description?.Trim() ?? "" };
        db.Schemes.Add(scheme);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // The unique index settles a race (or a database that compares names differently): refused, not a 500.
            db.Entry(scheme).State = EntityState.Detached;
            return (null, new(nameof(SchemeForm.Name), $"There is already a scheme called {name}"));
        }
        return (scheme.Id, null);
    }

    public async Task<(int? Id, SchemeRefusal? Refusal)> Start(int schemeId, ParticipantForm form)
    {
        var number = PrisonNumber.Normalise(form.PrisonNumber);
        var prisoner = await db.Prisoners.AsNoTracking().SingleOrDefaultAsync(p => p.PrisonNumber == number && p.Status == PrisonerStatus.Active);
        if (prisoner is null)
        {
            return (null, new(nameof(ParticipantForm.PrisonNumber), "No prisoner on the roll here has that prison number"));
        }
        var start = form.StartDate!.Value;
        if (start > clock.Today())
        {
            return (null, new(nameof(ParticipantForm.StartDate), "The date they started must be today or in the past"));
        }
        if (await db.SchemeParticipations.AnyAsync(p => p.SchemeId == schemeId && p.PrisonerId == prisoner.Id && p.Status == ParticipationStatus.Started))
        {
            return (null, new(nameof(ParticipantForm.PrisonNumber), $"{prisoner.FullName} is already taking part in this scheme"));
        }
        var participation = new SchemeParticipation { SchemeId = schemeId, PrisonerId = prisoner.Id, StartDate = start };
        db.SchemeParticipations.Add(participation);
        await db.SaveChangesAsync();
        return (participation.Id, null);
    }

    public async Task<SchemeRefusal?> Change(int participationId, ParticipationForm form)
    {
        var participation = await db.SchemeParticipations.SingleAsync(p => p.Id == participationId);
        var status = Enum.Parse<ParticipationStatus>(form.Status!);
        if (status == ParticipationStatus.Started)
        {
            participation.Status = status;
            participation.EndDate = null;
            await db.SaveChangesAsync();
            return null;
        }
        var end = form.EndDate!.Value;
        if (end < participation.StartDate)
        {
            return new(nameof(ParticipationForm.EndDate), "The date they completed or left must be on or after the date they started");
        }
        if (end > clock.Today())
        {
            return new(nameof(ParticipationForm.EndDate), "The date they completed or left must be today or in the past");
        }
        participation.Status = status;
        participation.EndDate = end;
        await db.SaveChangesAsync();
        return null;
    }
}
