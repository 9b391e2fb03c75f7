using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.FamilyDays.Applications;

public enum Decision { Approve, Decline }

public sealed class DecideForm
{
    [Display(Name = "Decision")] public string? Decision { get; set; }
    [Display(Name = "Reason for declining")] public string? Reason { get; set; }
}

public sealed class DecideFormValidator : AbstractValidator<DecideForm>
{
    public DecideFormValidator()
    {
        RuleFor(f => f.Decision).Must(FormChoices.IsOneOf<Decision>).WithMessage("Select approve or decline");
        RuleFor(f => f.Reason).NotEmpty().When(f => f.Decision == nameof(Applications.Decision.Decline)).WithMessage("Enter the reason for declining");
        RuleFor(f => f.Reason).MaximumLength(500).WithMessage("Reason must be 500 characters or fewer");
    }
}

public sealed record ChangeResult(FamilyDayApplication? Application, string? Error);

/// <summary>
/// Approves an application whose checks have passed, taking its places (or putting it on the waiting list when they are
/// gone), or declines it with a reason (freeing any places it held, which are offered down the waiting list).
/// </summary>
public sealed class DecideApplicationHandler(FamilyTiesDbContext db, ILogger<DecideApplicationHandler> logger)
{
    public async Task<ChangeResult> Handle(int id, DecideForm form)
    {
        var decision = Enum.Parse<Decision>(form.Decision!);
        string? error = null;
        var result = await FamilyDayPlaces.Change(db, logger, async () =>
        {
            var application = await db.FamilyDayApplications.Include(a => a.FamilyDay).Include(a => a.Guests).SingleAsync(a => a.Id == id);
            var day = application.FamilyDay!;
            if (decision == Decision.Decline)
            {
                if (!application.Open)
                {
                    error = "This application is already closed";
                    return new FamilyDayPlaces.Attempt<FamilyDayApplication>(application, Save: false);
                }
                await Close(db, application, ApplicationStatus.Declined, ApplicationEventType.Declined, $"Declined: {form.Reason!.Trim()}");
                application.DeclineReason = form.Reason!.Trim();
                return new(application);
            }
            if (application.Status != ApplicationStatus.Applied)
            {
                error = "Only a new application can be approved";
                return new(application, Save: false);
            }
            if (application.SecurityCheck != CheckResult.Passed)
            {
                error = "The security check must pass before the application is approved";
                return new(application, Save: false);
            }
            if (application.ChildCheck is not (CheckResult.Passed or CheckResult.NotNeeded))
            {
                error = "The public protection check must pass before the application is approved";
                return new(application, Save: false);
            }
            if (FamilyDayPlaces.TryTake(day, application.People))
            {
                application.Status = ApplicationStatus.Approved;
                ApplicationEvents.Add(db, application, ApplicationEventType.Approved,
                    $"Approved: places taken for 1 family and {application.People} people ({day.FamiliesBooked} of {day.CapacityFamilies} families)");
            }
            else
            {
                application.Status = ApplicationStatus.WaitingList;
                application.WaitingSince = db.Clock.GetUtcNow();
                ApplicationEvents.Add(db, application, ApplicationEventType.WaitingListed, "No places left: put on the waiting list");
            }
            return new(application);
        });
        return result is null ? new(null, "The family day is very busy and the decision could not be saved. Try again") : new(error is null ? result : null, error);
    }

    /// <summary>Closes an application; places it held are freed and offered to the first on the waiting list.</summary>
    public static async Task Close(FamilyTiesDbContext db, FamilyDayApplication application, ApplicationStatus status, ApplicationEventType type, string detail)
    {
        var held = application.HoldsPlaces;
        application.Status = status;
        application.WaitingSince = null;
        ApplicationEvents.Add(db, application, type, detail);
        if (!held)
        {
            return;
        }
        var day = application.FamilyDay!;
        FamilyDayPlaces.Free(day, application.People);
        foreach (var offered in await FamilyDayPlaces.OfferFreed(db, day))
        {
            ApplicationEvents.Add(db, offered, ApplicationEventType.Offered, "Offered a freed place from the waiting list");
        }
    }
}
