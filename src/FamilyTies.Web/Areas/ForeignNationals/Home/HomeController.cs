using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FamilyTies.Web.Areas.ForeignNationals.Home;

[Area("ForeignNationals")]
[Authorize(Policy = Policies.ForeignNationals)]
public sealed class HomeController(MeasureFiguresHandler measures) : Controller
{
    public async Task<IActionResult> Index()
    {
        var figures = await measures.ThisMonth("needs.foreign_nationals_pct", "needs.interpreter_needed_pct");
        int Count(string key) => (int)(figures[key].Numerator ?? 0);
        return View("~/Views/Shared/_AreaLanding.cshtml", new AreaLanding("Foreign nationals", "Keep foreign national prisoners in touch: interpreters, international calls, video calls and visiting-order substitutions.",
            [("Foreign national prisoners", Count("needs.foreign_nationals_pct")), ("Need an interpreter", Count("needs.interpreter_needed_pct"))]));
    }
}
