using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FamilyTies.Web.Areas.SaferCustody.Home;

/// <summary>The pathway's landing page: what needs doing now, and this week's and the last four weeks' figures.</summary>
[Area("SaferCustody")]
[Authorize(Policy = Policies.SaferCustody)]
public sealed class HomeController(LandingFiguresHandler figures) : Controller
{
    public async Task<IActionResult> Index() => View(await figures.Handle());
}
