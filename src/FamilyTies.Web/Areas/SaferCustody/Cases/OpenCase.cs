using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.People;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Web.Areas.SaferCustody.Shared;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using FamilyTies.Web.Infrastructure;

namespace FamilyTies.Web.Areas.SaferCustody.Cases;

/// <summary>Records that an ACCT or CSIP was opened here for a prisoner.</summary>
public sealed class OpenCaseForm
{
    [Display(Name = "Prison number")] public string? PrisonNumber { get; set; }
    [Display(Name = "Which plan was opened?")] public string? Kind { get; set; }
    [Display(Name = "Date opened"), DateRange(DateKind.RecentPast)] public string? OpenedOn { get; set; }
    [Display(Name = "Reference (optional)")] public string? Reference { get; set; }
}

public sealed class OpenCaseValidator : AbstractValidator<OpenCaseForm>
{
    public OpenCaseValidator(TimeProvider clock, FamilyTiesDbContext db)
    {
        RuleFor(f => f.PrisonNumber).NotEmpty().WithMessage("Enter the prison number")
            .Must(n => PrisonNumber.IsValid(n)).WithMessage("Enter the prison number in the format A1234BC")
            .MustAsync(async (n, ct) => await db.Prisoners.AnyAsync(p => p.PrisonNumber == PrisonNumber.Normalise(n), ct))
            .WithMessage("No prisoner with that number is held here");
        RuleFor(f => f.Kind).Must(FormChoices.IsOneOf<SafetyCaseKind>).WithMessage("Select ACCT or CSIP");
        this.DateNotFuture(f => f.OpenedOn, "it was opened", clock);
        RuleFor(f => f.Reference).MaximumLength(30).WithMessage("Reference must be 30 characters or fewer");
    }
}

public sealed class OpenCaseHandler(FamilyTiesDbContext db, ILogger<OpenCaseHandler> logger)
{
    /// <returns>The new case's id, or an error when the prisoner already has an open plan of that kind.</returns>
    public async Task<(int? Id, string? Error)> Handle(OpenCaseForm form)
    {
        var number = PrisonNumber.Normalise(form.PrisonNumber);
        var prisonerId = await db.Prisoners.Where(p => p.PrisonNumber == number).Select(p => p.Id).SingleAsync();
        var kind = Enum.Parse<SafetyCaseKind>(form.Kind!);
        if (await db.SafetyCases.AnyAsync(c => c.PrisonerId == prisonerId && c.Kind == kind && c.ClosedOn == null))
        {
            return (null, $"This prisoner already has an open {SaferCustodyText.Of(kind)}");
        }
        var safetyCase = new SafetyCase
        {
            PrisonerId = prisonerId,
            Kind = kind,
            OpenedOn = LondonTimeRules.ParseDate(form.OpenedOn),
            Reference = form.Reference?.Trim() ?? "",
        };
        db.SafetyCases.Add(safetyCase);
        await db.SaveChangesAsync();
        logger.LogInformation("{Kind} case {CaseId} opened", kind, safetyCase.Id);
        return (safetyCase.Id, null);
    }
}
