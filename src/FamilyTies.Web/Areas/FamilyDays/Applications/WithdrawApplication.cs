using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.FamilyDays;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.FamilyDays.Applications;

public sealed class WithdrawForm
{
    [Display(Name = "Why is the family not coming?")] public string? Reason { get; set; }
}

public sealed class WithdrawFormValidator : AbstractValidator<WithdrawForm>
{
    public WithdrawFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter why the family is not coming")
            .MaximumLength(500).WithMessage("Reason must be 500 characters or fewer");
    }
}

/// <summary>Withdraws an application (the family cannot come, or turned down an offered place): its places go to the waiting list.</summary>
public sealed class WithdrawApplicationHandler(FamilyTiesDbContext db, ILogger<WithdrawApplicationHandler> logger)
{
    public async Task<ChangeResult> Handle(int id, WithdrawForm form)
    {
        string? error = null;
        var result = await FamilyDayPlaces.Change(db, logger, async () =>
        {
            var application = await db.FamilyDayApplications.Include(a => a.FamilyDay).Include(a => a.Guests).SingleAsync(a => a.Id == id);
            if (!application.Open)
            {
                error = "This application is already closed";
                return new FamilyDayPlaces.Attempt<FamilyDayApplication>(application, Save: false);
            }
            await DecideApplicationHandler.Close(db, application, ApplicationStatus.Withdrawn, ApplicationEventType.Withdrawn, $"Withdrawn: {form.Reason!.Trim()}");
            return new(application);
        });
        return result is null ? new(null, "The family day is very busy and the change could not be saved. Try again") : new(error is null ? result : null, error);
    }
}

/// <summary>Records that a family offered a freed place has taken it: the place it holds becomes an approved one.</summary>
public sealed class AcceptOfferHandler(FamilyTiesDbContext db)
{
    public async Task<ChangeResult> Handle(int id)
    {
        var application = await db.FamilyDayApplications.SingleAsync(a => a.Id == id);
        if (application.Status != ApplicationStatus.Offered)
        {
            return new(null, "Only an application offered a place can accept it");
        }
        application.Status = ApplicationStatus.Approved;
        ApplicationEvents.Add(db, application, ApplicationEventType.OfferAccepted, "The family accepted the offered place");
        await db.SaveChangesAsync();
        return new(application, null);
    }
}
