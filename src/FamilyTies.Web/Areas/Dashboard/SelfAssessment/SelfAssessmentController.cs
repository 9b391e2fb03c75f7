using FamilyTies.Data;
using FamilyTies.Domain.SelfAssessment;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Dashboard.SelfAssessment;

/// <summary>
/// A year's evidence-checked self-assessment of the current establishment. The family lead scores each requirement
/// and keeps the action plan; the prison group director reads it and moderates scores with a reason
/// (docs/decisions/0022-self-assessment.md). Requirements are addressed by their number in the framework.
/// </summary>
[Area("Dashboard")]
[Authorize(Policy = Policies.SelfAssessment)]
[Route("dashboard/self-assessment")]
public sealed class SelfAssessmentController(FamilyTiesDbContext db, SelfAssessmentHandler assessments, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year)
    {
        ModelState.Remove(nameof(year)); // a year that is not a number is this year
        var chosen = year ?? clock.Today().Year;
        if (!assessments.IsOffered(chosen))
        {
            return NotFound();
        }
        return View(await Load(chosen));
    }

    [HttpGet("{year:int}/{number:int}")]
    public async Task<IActionResult> Requirement(int year, int number) =>
        await Page(year, number, null, null) ?? NotFound();

    [HttpPost("{year:int}/{number:int}")]
    [Authorize(Policy = Policies.SelfAssessmentEdit)]
    public async Task<IActionResult> Requirement(int year, int number, ScoreForm form, [FromServices] IValidator<ScoreForm> validator,
        [FromServices] ScoreRequirementHandler handler)
    {
        var requirement = await Find(year, number);
        if (requirement is null)
        {
            return NotFound();
        }
        if (!await validator.ValidateInto(form, ModelState))
        {
            return await Page(year, number, form, null) ?? NotFound();
        }
        await handler.Handle(year, requirement, form);
        TempData["Success"] = $"Requirement {number} scored {Scoring.Describe(Enum.Parse<ScoreLevel>(form.SelfScore!)).ToLowerInvariant()}";
        return Redirect($"/dashboard/self-assessment/{year}/{number}");
    }

    [HttpPost("{year:int}/{number:int}/moderate")]
    [Authorize(Policy = Policies.SelfAssessmentModerate)]
    public async Task<IActionResult> Moderate(int year, int number, ModerateForm form, [FromServices] IValidator<ModerateForm> validator,
        [FromServices] ModerateScoreHandler handler)
    {
        var requirement = await Find(year, number);
        if (requirement is null)
        {
            return NotFound();
        }
        if (await validator.ValidateInto(form, ModelState) && await handler.Handle(year, requirement, form) is { } error)
        {
            ModelState.AddModelError(error.Field, error.Message);
        }
        if (!ModelState.IsValid)
        {
            return await Page(year, number, null, form) ?? NotFound();
        }
        TempData["Success"] = $"Requirement {number} moderated to {Scoring.Describe(Enum.Parse<ScoreLevel>(form.Score!)).ToLowerInvariant()}";
        return Redirect($"/dashboard/self-assessment/{year}/{number}");
    }

    [HttpGet("{year:int}/actions/new")]
    [Authorize(Policy = Policies.SelfAssessmentEdit)]
    public async Task<IActionResult> NewAction(int year, int? requirement, [FromServices] ActionItemHandler handler)
    {
        ModelState.Remove(nameof(requirement));
        if (!assessments.IsOffered(year))
        {
            return NotFound();
        }
        return View("ActionItem", await WithOptions(new ActionItemForm { Year = year, Requirement = requirement, Status = nameof(ActionStatus.NotStarted) }, handler));
    }

    [HttpPost("{year:int}/actions/new")]
    [Authorize(Policy = Policies.SelfAssessmentEdit)]
    public async Task<IActionResult> NewAction(int year, ActionItemForm form, [FromServices] IValidator<ActionItemForm> validator,
        [FromServices] ActionItemHandler handler, [FromServices] FormSubmissions submissions)
    {
        if (!assessments.IsOffered(year))
        {
            return NotFound();
        }
        if (await submissions.Earlier(nameof(ActionPlanItem)) is not null)
        {
            TempData["Success"] = "Action plan item added";
            return Redirect($"/dashboard/self-assessment?year={year}#action-plan");
        }
        var requirement = await Check(form, validator, handler);
        if (requirement is null)
        {
            form.Year = year;
            return View("ActionItem", await WithOptions(form, handler));
        }
        await submissions.Once(nameof(ActionPlanItem), async () => await handler.Create(year, requirement, form));
        TempData["Success"] = "Action plan item added";
        return Redirect($"/dashboard/self-assessment?year={year}#action-plan");
    }

    [HttpGet("actions/{id:int}")]
    [Authorize(Policy = Policies.SelfAssessmentEdit)]
    public async Task<IActionResult> EditAction(int id, [FromServices] ActionItemHandler handler)
    {
        var item = await db.ActionPlanItems.AsNoTracking().Include(a => a.Requirement).SingleOrDefaultAsync(a => a.Id == id);
        return item is null ? NotFound() : View("ActionItem", await WithOptions(ActionItemHandler.ToForm(item), handler));
    }

    [HttpPost("actions/{id:int}")]
    [Authorize(Policy = Policies.SelfAssessmentEdit)]
    public async Task<IActionResult> EditAction(int id, ActionItemForm form, [FromServices] IValidator<ActionItemForm> validator,
        [FromServices] ActionItemHandler handler)
    {
        var item = await db.ActionPlanItems.Include(a => a.Requirement).SingleOrDefaultAsync(a => a.Id == id);
        if (item is null)
        {
            return NotFound();
        }
        var requirement = await Check(form, validator, handler);
        if (requirement is null)
        {
            form.Id = id;
            form.Year = item.Year;
            return View("ActionItem", await WithOptions(form, handler));
        }
        await handler.Update(item, requirement, form);
        TempData["Success"] = "Action plan item saved";
        return Redirect($"/dashboard/self-assessment?year={item.Year}#action-plan");
    }

    private async Task<Requirement?> Check(ActionItemForm form, IValidator<ActionItemForm> validator, ActionItemHandler handler)
    {
        if (!await validator.ValidateInto(form, ModelState))
        {
            return null;
        }
        var requirement = await handler.Requirement(form.Requirement);
        if (requirement is null)
        {
            ModelState.AddModelError(nameof(form.Requirement), "Select the requirement the action addresses");
        }
        return requirement;
    }

    private static async Task<ActionItemForm> WithOptions(ActionItemForm form, ActionItemHandler handler)
    {
        form.RequirementOptions = await handler.RequirementOptions();
        return form;
    }

    private async Task<Requirement?> Find(int year, int number) =>
        assessments.IsOffered(year) ? await db.Requirements.AsNoTracking().SingleOrDefaultAsync(r => r.Number == number) : null;

    private async Task<AssessmentModel> Load(int year) =>
        await assessments.LoadAsync(year, await this.Allowed(Policies.SelfAssessmentEdit), await this.Allowed(Policies.SelfAssessmentModerate));

    private async Task<IActionResult?> Page(int year, int number, ScoreForm? scoreForm, ModerateForm? moderateForm)
    {
        if (await Find(year, number) is not { } requirement)
        {
            return null;
        }
        var assessment = await Load(year);
        var row = assessment.Rows.Single(r => r.Requirement.Id == requirement.Id);
        var history = new List<(ScoreModeration, string)>();
        if (row.Score is { } score)
        {
            var moderations = await db.ScoreModerations.AsNoTracking().Where(m => m.AssessmentScoreId == score.Id).OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).ToListAsync();
            var names = await StaffNames.LoadAsync(db, moderations.Select(m => m.CreatedBy));
            history.AddRange(moderations.Select(m => (m, m.CreatedBy is { } by && names.TryGetValue(by, out var name) ? name : "System")));
        }
        scoreForm ??= new ScoreForm { SelfScore = row.Score?.SelfScore?.ToString(), HowWell = row.Score?.HowWell };
        moderateForm ??= new ModerateForm();
        return View("Requirement", new RequirementPageModel(assessment, row, history,
            assessment.Actions.Where(a => a.RequirementId == requirement.Id).ToList(), scoreForm, moderateForm));
    }
}
