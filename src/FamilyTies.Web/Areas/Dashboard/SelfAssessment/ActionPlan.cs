using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.SelfAssessment;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Dashboard.SelfAssessment;

/// <summary>An action plan item: the requirement it addresses, what, who, by when and how far it has got.</summary>
public sealed class ActionItemForm
{
    [Display(Name = "Requirement it addresses")] public int? Requirement { get; set; }
    [Display(Name = "Action")] public string? Action { get; set; }
    [Display(Name = "Owner")] public string? Owner { get; set; }
    // An action plan's due date may have passed (an overdue item) or lie up to a year ahead.
    [Display(Name = "Due date"), DateRange(DateKind.CaseReview)] public DateOnly? DueDate { get; set; }
    [Display(Name = "Status")] public string? Status { get; set; }

    [BindNever] public IReadOnlyList<SelectListItem> RequirementOptions { get; set; } = [];
    [BindNever] public int Year { get; set; }
    [BindNever] public int? Id { get; set; }
}

public sealed class ActionItemValidator : AbstractValidator<ActionItemForm>
{
    public ActionItemValidator()
    {
        RuleFor(f => f.Requirement).NotNull().WithMessage("Select the requirement the action addresses");
        RuleFor(f => f.Action).NotEmpty().WithMessage("Enter the action").MaximumLength(500).WithMessage("Action must be 500 characters or fewer");
        RuleFor(f => f.Owner).NotEmpty().WithMessage("Enter who owns the action").MaximumLength(200).WithMessage("Owner must be 200 characters or fewer");
        RuleFor(f => f.DueDate).NotNull().WithMessage("Enter the due date");
        RuleFor(f => f.Status).Must(FormChoices.IsOneOf<ActionStatus>).WithMessage("Select the status");
    }
}

public sealed class ActionItemHandler(FamilyTiesDbContext db)
{
    public async Task<List<SelectListItem>> RequirementOptions() =>
        (await db.Requirements.AsNoTracking().OrderBy(r => r.Number).Select(r => new { r.Number, r.Text }).ToListAsync())
            .Select(r => new SelectListItem($"{r.Number}. {r.Text}", r.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

    /// <summary>The requirement the form names, or null (the field error is the caller's).</summary>
    public Task<Requirement?> Requirement(int? number) =>
        number is { } n ? db.Requirements.SingleOrDefaultAsync(r => r.Number == n) : Task.FromResult<Requirement?>(null);

    public async Task<int> Create(int year, Requirement requirement, ActionItemForm form)
    {
        var item = new ActionPlanItem { Year = year };
        Apply(item, requirement, form);
        db.ActionPlanItems.Add(item);
        await db.SaveChangesAsync();
        return item.Id;
    }

    public async Task Update(ActionPlanItem item, Requirement requirement, ActionItemForm form)
    {
        Apply(item, requirement, form);
        await db.SaveChangesAsync();
    }

    private static void Apply(ActionPlanItem item, Requirement requirement, ActionItemForm form)
    {
        item.RequirementId = requirement.Id;
        item.Action = form.Action!.Trim();
        item.Owner = form.Owner!.Trim();
        item.DueDate = form.DueDate!.Value;
        item.Status = Enum.Parse<ActionStatus>(form.Status!);
    }

    public static ActionItemForm ToForm(ActionPlanItem item) => new()
    {
        Id = item.Id, Year = item.Year, Requirement = item.Requirement?.Number, Action = item.Action, Owner = item.Owner,
        DueDate = item.DueDate, Status = item.Status.ToString(),
    };
}
