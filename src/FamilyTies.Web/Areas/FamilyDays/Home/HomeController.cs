using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FamilyTies.Web.Areas.FamilyDays.Home;

/// <summary>The pathway's landing page: family days held this year against the target, their length and timing, and forums.</summary>
[Area("FamilyDays")]
[Authorize(Policy = Policies.FamilyDays)]
public sealed class HomeController(LandingFiguresHandler figures) : Controller
{
    public async Task<IActionResult> Index()
    {
        ViewData["CanChange"] = await this.Allowed(Policies.FamilyDaysChange);
        return View(await figures.Handle());
    }
}
