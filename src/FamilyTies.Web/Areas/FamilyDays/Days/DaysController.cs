using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.FamilyDays.Days;

/// <summary>Family days: family services plan them and take applications; the family lead reads them.</summary>
[Area("FamilyDays")]
[Authorize(Policy = Policies.FamilyDays)]
[Route("familydays/days")]
public sealed class DaysController(FamilyTiesDbContext db, TimeProvider clock) : Controller
{
    public sealed record DetailsModel(FamilyDay Day, IReadOnlyList<FamilyDayApplication> Applications, bool CanChange, DateOnly Today);

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        ViewData["CanChange"] = await this.Allowed(Policies.FamilyDaysChange);
        ViewData["Today"] = clock.Today();
        return View(await db.FamilyDays.AsNoTracking().OrderByDescending(d => d.Date).ThenBy(d => d.StartTime).Take(200).ToListAsync());
    }

    [HttpGet("new")]
    [Authorize(Policy = Policies.FamilyDaysChange)]
    public IActionResult Create() => View(new FamilyDayForm { Cohort = nameof(FamilyDayCohort.Everyone), IncentiveLevels = ["Basic", "Standard", "Enhanced"] });

    [HttpPost("new")]
    [Authorize(Policy = Policies.FamilyDaysChange)]
    public async Task<IActionResult> Create(FamilyDayForm form, [FromServices] IValidator<FamilyDayForm> validator, [FromServices] CreateFamilyDayHandler handler,
        [FromServices] FormSubmissions submissions)
    {
        if (await submissions.Earlier(nameof(FamilyDay)) is { } earlier)
        {
            return Redirect($"/familydays/days/{earlier}");
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            var sent = await submissions.Once(nameof(FamilyDay), () => handler.Handle(form));
            if (sent.Id is { } id)
            {
                TempData["Success"] = $"{form.Title!.Trim()} added";
                return Redirect($"/familydays/days/{id}");
            }
        }
        return View(form);
    }

    [HttpGet("{id:int}/edit")]
    [Authorize(Policy = Policies.FamilyDaysChange)]
    public async Task<IActionResult> Edit(int id)
    {
        var day = await Changeable(id);
        return day is null ? NotFound() : ShowEdit(day, CreateFamilyDayHandler.FormOf(day));
    }

    [HttpPost("{id:int}/edit")]
    [Authorize(Policy = Policies.FamilyDaysChange)]
    public async Task<IActionResult> Edit(int id, FamilyDayForm form, [FromServices] IValidator<FamilyDayForm> validator, [FromServices] EditFamilyDayHandler handler)
    {
        var day = await Changeable(id);
        if (day is null)
        {
            return NotFound();
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            var result = await handler.Handle(id, form);
            if (result.Saved)
            {
                TempData["Success"] = $"{form.Title!.Trim()} changed";
                return Redirect($"/familydays/days/{id}");
            }
            ModelState.AddModelError(result.Field, result.Error!);
        }
        return ShowEdit(day, form);
    }

    [HttpGet("{id:int}/cancel")]
    [Authorize(Policy = Policies.FamilyDaysChange)]
    public async Task<IActionResult> Cancel(int id)
    {
        var day = await Changeable(id);
        return day is null ? NotFound() : await ShowCancel(day, new CancelDayForm());
    }

    [HttpPost("{id:int}/cancel")]
    [Authorize(Policy = Policies.FamilyDaysChange)]
    public async Task<IActionResult> Cancel(int id, CancelDayForm form, [FromServices] IValidator<CancelDayForm> validator, [FromServices] CancelFamilyDayHandler handler)
    {
        var day = await Changeable(id);
        if (day is null)
        {
            return NotFound();
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            var result = await handler.Handle(id, form);
            if (result.Saved)
            {
                TempData["Success"] = $"{day.Title} cancelled. Tell the families whose applications are marked cancelled";
                return Redirect($"/familydays/days/{id}");
            }
            ModelState.AddModelError(result.Field, result.Error!);
        }
        return await ShowCancel(day, form);
    }

    /// <summary>A day that can still be changed: found here and not cancelled.</summary>
    private Task<FamilyDay?> Changeable(int id) => db.FamilyDays.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && !d.Cancelled);

    private ViewResult ShowEdit(FamilyDay day, FamilyDayForm form)
    {
        ViewData["Day"] = day;
        return View("Edit", form);
    }

    private async Task<ViewResult> ShowCancel(FamilyDay day, CancelDayForm form)
    {
        ViewData["Day"] = day;
        ViewData["Open"] = await db.FamilyDayApplications.CountAsync(a => a.FamilyDayId == day.Id && (a.Status == ApplicationStatus.Applied
            || a.Status == ApplicationStatus.Approved || a.Status == ApplicationStatus.WaitingList || a.Status == ApplicationStatus.Offered));
        ViewData["Today"] = clock.Today();
        return View("Cancel", form);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id)
    {
        var day = await db.FamilyDays.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id);
        if (day is null)
        {
            return NotFound();
        }
        var applications = await db.FamilyDayApplications.AsNoTracking().Include(a => a.Prisoner).Include(a => a.Guests)
            .Where(a => a.FamilyDayId == id).OrderBy(a => a.Status).ThenBy(a => a.WaitingSince).ThenBy(a => a.Id).ToListAsync();
        return View(new DetailsModel(day, applications, await this.Allowed(Policies.FamilyDaysChange), clock.Today()));
    }
}
