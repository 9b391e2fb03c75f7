using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Web.Areas.FamilyDays.Applications;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.FamilyDays.Days;

/// <summary>What changing or cancelling a family day decided: saved, or refused with a message for a field (or the form).</summary>
public sealed record DayChangeResult(bool Saved, string Field = "", string? Error = null)
{
    public static readonly DayChangeResult Busy = new(false, "", "The family day is very busy and the change could not be saved. Try again");
}

/// <summary>
/// Changes a family day's details. Its places are guarded as when they are taken (<see cref="FamilyDayPlaces.Change{T}"/>):
/// capacity cannot go below the places already held (refused, saying how many hold them), more capacity offers the freed
/// places down the waiting list, and a change of date, time or venue is added to each open application's history so
/// family services tell the family (docs/decisions/0024-family-days.md).
/// </summary>
public sealed class EditFamilyDayHandler(FamilyTiesDbContext db, ILogger<EditFamilyDayHandler> logger)
{
    public async Task<DayChangeResult> Handle(int id, FamilyDayForm form)
    {
        var result = await FamilyDayPlaces.Change(db, logger, async () =>
        {
            var day = await db.FamilyDays.SingleAsync(d => d.Id == id);
            if (day.Cancelled)
            {
                return new FamilyDayPlaces.Attempt<DayChangeResult>(new(false, "", "This family day has been cancelled and cannot be changed"), Save: false);
            }
            var families = form.CapacityFamilies!.Value;
            var people = form.CapacityPeople!.Value;
            if (families < day.FamiliesBooked)
            {
                return new(new(false, nameof(FamilyDayForm.CapacityFamilies),
                    $"{Families(day.FamiliesBooked)} already hold places, so places for families cannot be fewer than {day.FamiliesBooked}. Withdraw applications first"), Save: false);
            }
            if (people < day.PeopleBooked)
            {
                return new(new(false, nameof(FamilyDayForm.CapacityPeople),
                    $"{day.PeopleBooked} family members already hold places, so places for people cannot be fewer than {day.PeopleBooked}. Withdraw applications first"), Save: false);
            }
            var date = form.Date!.Value;
            var start = FamilyDayForm.Time(form.StartTime);
            var end = FamilyDayForm.Time(form.EndTime);
            var venue = form.Venue!.Trim();
            var told = new List<string>();
            if (date != day.Date)
            {
                told.Add($"the date is now {LondonTime.FormatDate(date)}");
            }
            if (start != day.StartTime || end != day.EndTime)
            {
                told.Add($"the time is now {LondonTime.FormatTimes(start, end)}");
            }
            if (venue != day.Venue)
            {
                told.Add($"the venue is now {venue}");
            }
            var more = families > day.CapacityFamilies || people > day.CapacityPeople;
            day.Title = form.Title!.Trim();
            day.Type = Enum.Parse<FamilyDayType>(form.Type!);
            day.Date = date;
            day.StartTime = start;
            day.EndTime = end;
            day.Venue = venue;
            day.CapacityFamilies = families;
            day.CapacityPeople = people;
            day.Organiser = form.Organiser!.Trim();
            day.Partner = form.Partner?.Trim() ?? "";
            day.Funding = form.Funding?.Trim() ?? "";
            CreateFamilyDayHandler.Apply(day, form);
            var terms = await db.SchoolTermDates.AsNoTracking().Where(t => t.StartDate <= date && t.EndDate >= date).ToListAsync();
            day.InSchoolHours = SchoolHours.InSchoolHours(date, start, end, terms);
            day.Version++;
            if (told.Count > 0)
            {
                var open = await db.FamilyDayApplications.Where(a => a.FamilyDayId == id && (a.Status == ApplicationStatus.Applied || a.Status == ApplicationStatus.Approved
                    || a.Status == ApplicationStatus.WaitingList || a.Status == ApplicationStatus.Offered)).ToListAsync();
                foreach (var application in open)
                {
                    ApplicationEvents.Add(db, application, ApplicationEventType.DayChanged, $"The family day changed: {string.Join("; ", told)}. Tell the family");
                }
            }
            if (more)
            {
                foreach (var offered in await FamilyDayPlaces.OfferFreed(db, day))
                {
                    ApplicationEvents.Add(db, offered, ApplicationEventType.Offered, "Offered a place when the family day's capacity was raised");
                }
            }
            return new(new DayChangeResult(true));
        });
        return result ?? DayChangeResult.Busy;
    }

    private static string Families(int n) => n == 1 ? "1 family" : $"{n} families";
}

public sealed class CancelDayForm
{
    [Display(Name = "Why is the family day cancelled?")] public string? Reason { get; set; }
}

public sealed class CancelDayFormValidator : AbstractValidator<CancelDayForm>
{
    public CancelDayFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter why the family day is cancelled")
            .MaximumLength(500).WithMessage("Reason must be 500 characters or fewer");
    }
}

/// <summary>
/// Cancels a family day that has not yet happened, with a reason: every open application (applied, approved, waiting or
/// offered) is marked "family day cancelled" with the reason in its history, so family services tell each family, and
/// the places are released. A cancelled day no longer counts in the family-day measures.
/// </summary>
public sealed class CancelFamilyDayHandler(FamilyTiesDbContext db, ILogger<CancelFamilyDayHandler> logger)
{
    public async Task<DayChangeResult> Handle(int id, CancelDayForm form)
    {
        var reason = form.Reason!.Trim();
        var result = await FamilyDayPlaces.Change(db, logger, async () =>
        {
            var day = await db.FamilyDays.SingleAsync(d => d.Id == id);
            if (day.Cancelled)
            {
                return new FamilyDayPlaces.Attempt<DayChangeResult>(new(false, "", "This family day is already cancelled"), Save: false);
            }
            if (day.Date < LondonTime.DateOf(db.Clock.GetUtcNow()))
            {
                return new(new(false, "", "This family day has already happened and cannot be cancelled"), Save: false);
            }
            day.Cancelled = true;
            day.CancelReason = reason;
            day.CancelledAt = db.Clock.GetUtcNow();
            day.FamiliesBooked = 0;
            day.PeopleBooked = 0;
            day.Version++;
            var open = await db.FamilyDayApplications.Where(a => a.FamilyDayId == id && (a.Status == ApplicationStatus.Applied || a.Status == ApplicationStatus.Approved
                || a.Status == ApplicationStatus.WaitingList || a.Status == ApplicationStatus.Offered)).ToListAsync();
            foreach (var application in open)
            {
                application.Status = ApplicationStatus.DayCancelled;
                application.WaitingSince = null;
                ApplicationEvents.Add(db, application, ApplicationEventType.DayCancelled, $"The family day was cancelled: {reason}. Tell the family");
            }
            return new(new DayChangeResult(true));
        });
        return result ?? DayChangeResult.Busy;
    }
}
