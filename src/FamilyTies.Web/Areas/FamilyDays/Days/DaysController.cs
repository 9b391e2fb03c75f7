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
