using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FamilyTies.Web.Areas.FamilyDays.Home;

[Area("FamilyDays")]
[Authorize(Policy = Policies.FamilyDays)]
public sealed class HomeController(MeasureFiguresHandler measures) : Controller
{
    public async Task<IActionResult> Index()
    {
        // The needs figures come from the measures layer (the same definitions as the dashboard).
        var figures = await measures.ThisMonth("needs.children_pct", "needs.children_unknown_pct");
        var withChildren = (int)(figures["needs.children_pct"].Numerator ?? 0);
        var childrenUnknown = (int)(figures["needs.children_unknown_pct"].Numerator ?? 0);
        return View("~/Views/Shared/_AreaLanding.cshtml", new AreaLanding("Family days", "Plan family days, forums and schemes, and track them against the establishment's targets.", [("Prisoners with children under 18", withChildren), ("Prisoners whose children are not recorded", childrenUnknown)]));
    }
}
