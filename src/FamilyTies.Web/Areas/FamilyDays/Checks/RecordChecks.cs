using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Domain.People;
using FamilyTies.Web.Areas.FamilyDays.Applications;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.FamilyDays.Checks;

public enum CheckOutcome { Passed, Refused }

public sealed class CheckForm
{
    [Display(Name = "Result")] public string? Result { get; set; }
    [Display(Name = "Note")] public string? Note { get; set; }
}

public sealed class CheckFormValidator : AbstractValidator<CheckForm>
{
    public CheckFormValidator()
    {
        RuleFor(f => f.Result).Must(FormChoices.IsOneOf<CheckOutcome>).WithMessage("Select passed or refused");
        RuleFor(f => f.Note).NotEmpty().When(f => f.Result == nameof(CheckOutcome.Refused)).WithMessage("Enter why the check refused the application");
        RuleFor(f => f.Note).MaximumLength(500).WithMessage("Note must be 500 characters or fewer");
    }
}

/// <summary>
/// Security records the security check and the public protection check of an application. A refused check declines
/// the application. The public protection check cannot pass while an invited child is under a child-contact
/// restriction that public protection has not approved on the child's link.
/// </summary>
public sealed class RecordCheckHandler(FamilyTiesDbContext db)
{
    public async Task<ChangeResult> Handle(int id, CheckForm form, bool child)
    {
        var application = await db.FamilyDayApplications.Include(a => a.FamilyDay).Include(a => a.Guests).ThenInclude(g => g.Contact)
            .SingleAsync(a => a.Id == id);
        if (application.Status != ApplicationStatus.Applied)
        {
            return new(null, "Checks are recorded only for a new application");
        }
        var result = form.Result == nameof(CheckOutcome.Passed) ? CheckResult.Passed : CheckResult.Refused;
        var note = form.Note?.Trim() ?? "";
        if (child)
        {
            if (application.ChildCheck == CheckResult.NotNeeded)
            {
                return new(null, "No invited child is under a child-contact restriction: the public protection check is not needed");
            }
            if (result == CheckResult.Passed)
            {
                var refused = await RefusedChildren(application);
                if (refused.Count > 0)
                {
                    return new(null, $"{string.Join(", ", refused.Select(c => c.Name))} may not come: a child-contact restriction is in force and public protection has not approved contact");
                }
            }
            application.ChildCheck = result;
            application.ChildCheckNote = note;
            ApplicationEvents.Add(db, application, ApplicationEventType.ChildChecked, $"Public protection check {(result == CheckResult.Passed ? "passed" : "refused")}");
        }
        else
        {
            application.SecurityCheck = result;
            application.SecurityNote = note;
            ApplicationEvents.Add(db, application, ApplicationEventType.SecurityChecked, $"Security check {(result == CheckResult.Passed ? "passed" : "refused")}");
        }
        if (result == CheckResult.Refused)
        {
            application.DeclineReason = child ? "Refused at the public protection check" : "Refused at the security check";
            await DecideApplicationHandler.Close(db, application, ApplicationStatus.Declined, ApplicationEventType.Declined, $"Declined: {application.DeclineReason}");
        }
        await db.SaveChangesAsync();
        return new(application, null);
    }

    private async Task<IReadOnlyList<InvitedChild>> RefusedChildren(FamilyDayApplication application)
    {
        var links = await db.PrisonerContacts.AsNoTracking().Where(l => l.PrisonerId == application.PrisonerId).ToListAsync();
        var children = application.Guests.Where(g => g.Child)
            .Select(g => links.FirstOrDefault(l => l.ContactId == g.ContactId) is { } l
                ? new InvitedChild(g.Contact!.FullName, l.Id, g.ContactId, l.ChildContactApproved)
                : new InvitedChild(g.Contact!.FullName, 0, g.ContactId, false))
            .ToList();
        var contactIds = children.Select(c => c.ContactId).ToList();
        var linkIds = children.Select(c => c.PrisonerContactId).ToList();
        var restrictions = await db.Restrictions.AsNoTracking()
            .Where(r => r.Type == RestrictionType.ChildContact && (r.PrisonerId == application.PrisonerId
                        || (r.ContactId != null && contactIds.Contains(r.ContactId.Value))
                        || (r.PrisonerContactId != null && linkIds.Contains(r.PrisonerContactId.Value))))
            .ToListAsync();
        return ChildContactCheck.Refused(children, application.PrisonerId, restrictions, application.FamilyDay!.Date);
    }
}
