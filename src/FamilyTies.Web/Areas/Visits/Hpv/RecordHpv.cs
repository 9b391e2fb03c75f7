using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.Hpv;

/// <summary>A family told about Help with Prison Visits: when and how.</summary>
public sealed class HpvToldForm
{
    [Display(Name = "Date told"), DateRange(DateKind.RecentPast)] public string? ToldOn { get; set; }
    [Display(Name = "How the family was told")] public string? How { get; set; }

    public static string Describe(HpvToldHow how) => how switch
    {
        HpvToldHow.InPerson => "In person",
        HpvToldHow.Phone => "By phone",
        HpvToldHow.Leaflet => "Given a leaflet",
        HpvToldHow.Letter => "By letter",
        HpvToldHow.Email => "By email",
        _ => how.ToString(),
    };
}

public sealed class HpvToldValidator : AbstractValidator<HpvToldForm>
{
    public HpvToldValidator(TimeProvider clock)
    {
        this.DateNotFuture(f => f.ToldOn, "the family was told", clock);
        RuleFor(f => f.How).Must(FormChoices.IsOneOf<HpvToldHow>).WithMessage("Select how the family was told");
    }
}

/// <summary>A Help with Prison Visits claim form stamped at one of the family's visits.</summary>
public sealed class HpvStampForm
{
    [Display(Name = "Visit")] public int? VisitId { get; set; }
    [Display(Name = "Date stamped"), DateRange(DateKind.RecentPast)] public string? StampedOn { get; set; }
}

public sealed class HpvStampValidator : AbstractValidator<HpvStampForm>
{
    public HpvStampValidator(TimeProvider clock)
    {
        RuleFor(f => f.VisitId).NotNull().WithMessage("Select the visit the claim form was stamped at");
        this.DateNotFuture(f => f.StampedOn, "the claim form was stamped", clock);
    }
}

/// <summary>One of the family's visits here, as the Help with Prison Visits page shows it.</summary>
public sealed record FamilyVisit(int Id, string Reference, DateOnly Date, TimeOnly Start, TimeOnly End, VisitStatus Status, VisitOutcome? Outcome, DateTimeOffset? StampedAt)
{
    /// <summary>A claim form is stamped at a visit that is booked, has begun (today or earlier) and did not fail to happen.</summary>
    public bool CanStamp(DateOnly today) => Status == VisitStatus.Booked && Date <= today && StampedAt is null
        && Outcome is null or VisitOutcome.Completed or VisitOutcome.TerminatedByStaff;
}

public sealed class HpvHandler(FamilyTiesDbContext db, ILogger<HpvHandler> logger)
{
    /// <summary>The contact's visits here (as a visitor), newest first.</summary>
    public async Task<IReadOnlyList<FamilyVisit>> Visits(int contactId) =>
        await db.Visits.AsNoTracking().Where(v => v.Visitors.Any(x => x.ContactId == contactId))
            .OrderByDescending(v => v.Date).ThenByDescending(v => v.StartTime).Take(200)
            .Select(v => new FamilyVisit(v.Id, v.Reference, v.Date, v.StartTime, v.EndTime, v.Status,
                db.VisitAttendances.Where(a => a.VisitId == v.Id).Select(a => a.Outcome).FirstOrDefault(),
                db.VisitAttendances.Where(a => a.VisitId == v.Id).Select(a => a.HpvClaimStampedAt).FirstOrDefault()))
            .ToListAsync();

    public async Task<int?> Told(Contact contact, HpvToldForm form)
    {
        var told = new HpvTold { ContactId = contact.Id, ToldOn = LondonTimeRules.ParseDate(form.ToldOn), How = Enum.Parse<HpvToldHow>(form.How!) };
        db.HpvTolds.Add(told);
        await db.SaveChangesAsync();
        logger.LogInformation("Help with Prison Visits: contact {ContactId} told ({HpvToldId})", contact.Id, told.Id);
        return told.Id;
    }

    /// <summary>Records the stamp on the visit's day record (made if the day recorded nothing yet).</summary>
    public async Task<IReadOnlyDictionary<string, string>> Stamp(Contact contact, HpvStampForm form)
    {
        var errors = new Dictionary<string, string>();
        var today = LondonTime.Today(db.Clock);
        var stampedOn = LondonTimeRules.ParseDate(form.StampedOn);
        var visit = (await Visits(contact.Id)).FirstOrDefault(v => v.Id == form.VisitId);
        if (visit is null)
        {
            errors[nameof(form.VisitId)] = "Select the visit the claim form was stamped at";
        }
        else if (visit.StampedAt is { } at)
        {
            errors[nameof(form.VisitId)] = $"The claim form for visit {visit.Reference} was already stamped on {LondonTime.FormatDate(LondonTime.DateOf(at))}";
        }
        else if (!visit.CanStamp(today))
        {
            errors[nameof(form.VisitId)] = visit.Status != VisitStatus.Booked ? $"Visit {visit.Reference} was cancelled: a claim form is stamped at a visit that took place"
                : visit.Date > today ? $"Visit {visit.Reference} has not happened yet: stamp the claim form at the visit"
                : $"Visit {visit.Reference} did not take place: a claim form is stamped at a visit that took place";
        }
        else if (stampedOn < visit.Date)
        {
            errors[nameof(form.StampedOn)] = $"The claim form is stamped at the visit: the date must be on or after {LondonTime.FormatDate(visit.Date)}";
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        var saved = await db.Visits.AsNoTracking().Where(v => v.Id == visit!.Id).Select(v => new { v.PrisonerId, v.Date, v.EndTime }).SingleAsync();
        var attendance = await db.VisitAttendances.SingleOrDefaultAsync(a => a.VisitId == visit!.Id);
        if (attendance is null)
        {
            attendance = new VisitAttendance { VisitId = visit!.Id, PrisonerId = saved.PrisonerId, Date = saved.Date };
            db.VisitAttendances.Add(attendance);
        }
        attendance.HpvClaimStampedAt = stampedOn == today ? db.Clock.GetUtcNow() : LondonTime.ToInstant(stampedOn, saved.EndTime);
        await db.SaveChangesAsync();
        logger.LogInformation("Help with Prison Visits: claim form stamped at visit {VisitId} for contact {ContactId}", visit!.Id, contact.Id);
        return errors;
    }
}
