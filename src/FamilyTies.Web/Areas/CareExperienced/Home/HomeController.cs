using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FamilyTies.Web.Areas.CareExperienced.Home;

[Area("CareExperienced")]
[Authorize(Policy = Policies.CareExperienced)]
public sealed class HomeController(MeasureFiguresHandler measures) : Controller
{
    public async Task<IActionResult> Index()
    {
        var figures = await measures.ThisMonth("needs.care_experienced_pct");
        var registered = (int)(figures["needs.care_experienced_pct"].Numerator ?? 0);
        return View("~/Views/Shared/_AreaLanding.cshtml", new AreaLanding("Care-experienced prisoners", "Support prisoners who have been in care: personal advisers, pathway plans and drop-in sessions.", [("Care-experienced prisoners on the roll", registered)]));
    }
}
