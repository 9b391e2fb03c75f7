using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Domain.People;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.FamilyDays.Applications;

public sealed class ApplyForm
{
    [Display(Name = "Prison number")] public string? PrisonNumber { get; set; }
    [Display(Name = "Family members to invite")] public List<int> ContactIds { get; set; } = [];
}

public sealed class ApplyFormValidator : AbstractValidator<ApplyForm>
{
    public ApplyFormValidator()
    {
        RuleFor(f => f.PrisonNumber).NotEmpty().WithMessage("Enter the prison number")
            .Must(n => PrisonNumber.IsValid(n)).When(f => !string.IsNullOrWhiteSpace(f.PrisonNumber))
            .WithMessage("Enter a prison number in the format A1234BC");
        RuleFor(f => f.ContactIds).NotEmpty().WithMessage("Select the family members to invite")
            .Must(ids => ids.Count <= 30).WithMessage("Select 30 family members or fewer");
    }
}

/// <summary>A family member the prisoner may invite: their link, age on the day and whether they count as a child.</summary>
public sealed record Invitee(PrisonerContact Link, int? Age, bool Child)
{
    public string Describe() => $"{Link.Contact!.FullName} ({PrisonerContact.Describe(Link.Relationship).ToLowerInvariant()}"
                                + (Age is { } a ? $", {(Child ? "child" : "aged")} {a}" : ", age not known") + ")"
                                + (Link.ApprovedVisitor ? "" : ", not an approved visitor");
}

/// <summary>Loads the prisoner and the family members they may invite to a day.</summary>
public sealed class InviteesLoader(FamilyTiesDbContext db)
{
    public async Task<(Prisoner? Prisoner, IReadOnlyList<Invitee> Invitees)> Load(FamilyDay day, string? prisonNumber)
    {
        var number = PrisonNumber.Normalise(prisonNumber);
        if (!PrisonNumber.IsValid(number))
        {
            return (null, []);
        }
        var prisoner = await db.Prisoners.AsNoTracking().SingleOrDefaultAsync(p => p.PrisonNumber == number && p.Status == PrisonerStatus.Active);
        if (prisoner is null)
        {
            return (null, []);
        }
        var adultAge = await db.Establishments.Where(e => e.Id == prisoner.EstablishmentId).Select(e => e.AdultAge).SingleAsync();
        var links = await db.PrisonerContacts.AsNoTracking().Include(l => l.Contact)
            .Where(l => l.PrisonerId == prisoner.Id && l.Active).ToListAsync();
        return (prisoner, links.OrderBy(l => l.Contact!.SortName)
            .Select(l => new Invitee(l, l.Contact!.AgeOn(day.Date), l.Contact.IsChildOn(day.Date, adultAge))).ToList());
    }
}

public sealed record ApplyResult(int? Id, IReadOnlyList<EligibilityRefusal> Refusals);

/// <summary>
/// Records a prisoner's application with the family members to invite, after the day's eligibility rules. The
/// public protection check is marked not needed when no invited child is under a child-contact restriction.
/// </summary>
public sealed class ApplyHandler(FamilyTiesDbContext db, InviteesLoader loader)
{
    public async Task<ApplyResult> Handle(int familyDayId, ApplyForm form)
    {
        var day = await db.FamilyDays.AsNoTracking().SingleOrDefaultAsync(d => d.Id == familyDayId && !d.Cancelled);
        if (day is null)
        {
            return new(null, [new("PrisonNumber", "This family day is not taking applications")]);
        }
        var (prisoner, invitees) = await loader.Load(day, form.PrisonNumber);
        if (prisoner is null)
        {
            return new(null, [new("PrisonNumber", "No prisoner on the roll here has that prison number")]);
        }
        if (await db.FamilyDayApplications.AnyAsync(a => a.FamilyDayId == day.Id && a.PrisonerId == prisoner.Id
                                                          && a.Status != ApplicationStatus.Declined && a.Status != ApplicationStatus.Withdrawn))
        {
            return new(null, [new("PrisonNumber", $"{prisoner.FullName} has already applied for this family day")]);
        }
        var chosen = invitees.Where(i => form.ContactIds.Contains(i.Link.ContactId)).ToList();
        if (chosen.Count != form.ContactIds.Distinct().Count())
        {
            return new(null, [new("ContactIds", "Select family members from the list")]);
        }
        var adultAge = await db.Establishments.Where(e => e.Id == prisoner.EstablishmentId).Select(e => e.AdultAge).SingleAsync();
        var refusals = FamilyDayEligibility.Decide(day, prisoner,
            chosen.Select(i => new GuestFacts(i.Link.Contact!.FullName, i.Link.Relationship, i.Age, i.Link.ApprovedVisitor)).ToList(), adultAge);
        if (refusals.Count > 0)
        {
            return new(null, refusals);
        }

        var children = chosen.Where(i => i.Child).Select(i => new InvitedChild(i.Link.Contact!.FullName, i.Link.Id, i.Link.ContactId, i.Link.ChildContactApproved)).ToList();
        var contactIds = chosen.Select(i => i.Link.ContactId).ToList();
        var linkIds = chosen.Select(i => i.Link.Id).ToList();
        var restrictions = await db.Restrictions.AsNoTracking()
            .Where(r => r.Type == RestrictionType.ChildContact && (r.PrisonerId == prisoner.Id
                        || (r.ContactId != null && contactIds.Contains(r.ContactId.Value))
                        || (r.PrisonerContactId != null && linkIds.Contains(r.PrisonerContactId.Value))))
            .ToListAsync();
        var application = new FamilyDayApplication
        {
            FamilyDayId = day.Id,
            PrisonerId = prisoner.Id,
            ChildCheck = ChildContactCheck.Needed(children, prisoner.Id, restrictions, day.Date) ? CheckResult.NotDone : CheckResult.NotNeeded,
            Guests = chosen.Select(i => new FamilyDayGuest
            {
                ContactId = i.Link.ContactId, Relationship = i.Link.Relationship, AgeOnDay = i.Age, Child = i.Child,
            }).ToList(),
        };
        ApplicationEvents.Add(db, application, ApplicationEventType.Applied,
            $"Applied with {chosen.Count} family member{(chosen.Count == 1 ? "" : "s")} ({children.Count} child{(children.Count == 1 ? "" : "ren")})"
            + (application.ChildCheck == CheckResult.NotNeeded ? "; public protection check not needed" : "; public protection check needed"));
        db.FamilyDayApplications.Add(application);
        await db.SaveChangesAsync();
        return new(application.Id, []);
    }
}
