using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.CareExperienced;
using FamilyTies.Domain.Common;
using FamilyTies.Web.Infrastructure;
using FluentValidation;

namespace FamilyTies.Web.Areas.CareExperienced.Register;

/// <summary>
/// Records that the prisoner withdrew (or gave again) consent to share with the local authority. Withdrawn consent
/// hides the local authority and personal adviser's details from every page until consent is given again.
/// </summary>
public sealed class ConsentForm
{
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever] public string Title { get; set; } = "";
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever] public bool Shares { get; set; }
    [Display(Name = "Does the prisoner consent to sharing with the local authority?")] public string? ConsentToShare { get; set; }
    [Display(Name = "Date the prisoner said so"), DateRange(DateKind.RecentPast)] public string? On { get; set; }
}

public sealed class ConsentValidator : AbstractValidator<ConsentForm>
{
    public ConsentValidator(TimeProvider clock)
    {
        RuleFor(f => f.ConsentToShare).Must(CareRules.IsYesNo).WithMessage("Select whether the prisoner consents to sharing with the local authority");
        this.DateNotFuture(f => f.On, "the prisoner said so", clock);
    }
}

public sealed class ConsentHandler(FamilyTiesDbContext db, ILogger<ConsentHandler> logger)
{
    /// <returns>An error when the answer changes nothing.</returns>
    public async Task<string?> Handle(CareExperiencedRecord record, ConsentForm form)
    {
        var consent = form.ConsentToShare == "true";
        if (consent == record.MayShare)
        {
            return consent ? "The prisoner's consent is already recorded" : "The prisoner has not consented: there is nothing to withdraw";
        }
        var on = LondonTimeRules.ParseDate(form.On);
        if (consent)
        {
            record.ConsentToShare = true;
            record.ConsentGivenOn = on;
            record.ConsentWithdrawnOn = null;
        }
        else
        {
            record.ConsentWithdrawnOn = on;
        }
        await db.SaveChangesAsync();
        logger.LogInformation("Consent to share changed on care-experienced record {RecordId}: {Consent}", record.Id, consent);
        return null;
    }
}
