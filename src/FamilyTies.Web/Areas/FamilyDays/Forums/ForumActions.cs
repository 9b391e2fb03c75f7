using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.FamilyDays.Forums;

public sealed class ForumActionForm
{
    [Display(Name = "You said")] public string? YouSaid { get; set; }
    [Display(Name = "Owner")] public string? Owner { get; set; }
    [Display(Name = "Due date"), DateRange(DateKind.CaseReview)] public DateOnly? DueDate { get; set; }
}

public sealed class ForumActionFormValidator : AbstractValidator<ForumActionForm>
{
    public ForumActionFormValidator()
    {
        RuleFor(f => f.YouSaid).NotEmpty().WithMessage("Enter what families said").MaximumLength(1000).WithMessage("You said must be 1000 characters or fewer");
        RuleFor(f => f.Owner).NotEmpty().WithMessage("Enter who owns the action").MaximumLength(120).WithMessage("Owner must be 120 characters or fewer");
        RuleFor(f => f.DueDate).NotNull().WithMessage("Enter the due date");
    }
}

public sealed class ActionStatusForm
{
    [Display(Name = "Status")] public string? Status { get; set; }
    [Display(Name = "We did")] public string? WeDid { get; set; }
}

public sealed class ActionStatusFormValidator : AbstractValidator<ActionStatusForm>
{
    public ActionStatusFormValidator()
    {
        RuleFor(f => f.Status).Must(FormChoices.IsOneOf<ForumActionStatus>).WithMessage("Select the status");
        RuleFor(f => f.WeDid).NotEmpty().When(f => f.Status == nameof(ForumActionStatus.Done)).WithMessage("Enter what was done");
        RuleFor(f => f.WeDid).MaximumLength(1000).WithMessage("We did must be 1000 characters or fewer");
    }
}

/// <summary>Adds a "you said" to a forum, with its owner and due date, and records its progress ("we did").</summary>
public sealed class ForumActionHandler(FamilyTiesDbContext db, TimeProvider clock)
{
    public async Task<int?> Add(int forumId, ForumActionForm form)
    {
        var action = new ForumAction { ForumId = forumId, YouSaid = form.YouSaid!.Trim(), Owner = form.Owner!.Trim(), DueDate = form.DueDate!.Value };
        db.ForumActions.Add(action);
        await db.SaveChangesAsync();
        return action.Id;
    }

    public async Task Update(int actionId, ActionStatusForm form)
    {
        var action = await db.ForumActions.SingleAsync(a => a.Id == actionId);
        var status = Enum.Parse<ForumActionStatus>(form.Status!);
        if (status == ForumActionStatus.Done && action.Status != ForumActionStatus.Done)
        {
            action.DoneOn = clock.Today();
        }
        else if (status != ForumActionStatus.Done)
        {
            action.DoneOn = null;
        }
        action.Status = status;
        action.WeDid = form.WeDid?.Trim() ?? "";
        await db.SaveChangesAsync();
    }
}
