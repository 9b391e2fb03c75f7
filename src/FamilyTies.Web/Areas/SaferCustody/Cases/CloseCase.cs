using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Web.Areas.SaferCustody.Shared;
using FluentValidation;
using FamilyTies.Web.Infrastructure;

namespace FamilyTies.Web.Areas.SaferCustody.Cases;

public sealed class CloseCaseForm
{
    [Display(Name = "Date closed"), DateRange(DateKind.RecentPast)] public string? ClosedOn { get; set; }

    public int CaseId { get; set; }
    /// <summary>For the view only: never read from a posted form.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever] public string CaseTitle { get; set; } = "";
}

public sealed class CloseCaseValidator : AbstractValidator<CloseCaseForm>
{
    public CloseCaseValidator(TimeProvider clock) => this.DateNotFuture(f => f.ClosedOn, "it was closed", clock);
}

public sealed class CloseCaseHandler(FamilyTiesDbContext db, ILogger<CloseCaseHandler> logger)
{
    public async Task<string?> Handle(SafetyCase safetyCase, CloseCaseForm form)
    {
        var closedOn = LondonTimeRules.ParseDate(form.ClosedOn);
        if (closedOn < safetyCase.OpenedOn)
        {
            return $"The date closed must be on or after the date it was opened ({LondonTime.FormatDate(safetyCase.OpenedOn)})";
        }
        safetyCase.ClosedOn = closedOn;
        SaferCustodyAudit.Add(db, nameof(SafetyCase), safetyCase.Id, "Closed");
        await db.SaveChangesAsync();
        logger.LogInformation("Case {CaseId} closed", safetyCase.Id);
        return null;
    }
}
