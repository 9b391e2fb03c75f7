using FamilyTies.Data;
using FamilyTies.Domain.People;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.FamilyDays.Home;

[Area("FamilyDays")]
[Authorize(Policy = Policies.FamilyDays)]
public sealed class HomeController(FamilyTiesDbContext db) : Controller
{
    public async Task<IActionResult> Index()
    {
        var withChildren = await db.Prisoners.CountAsync(p => p.Status == PrisonerStatus.Active && p.ChildrenUnder18 > 0);
        var childrenUnknown = await db.Prisoners.CountAsync(p => p.Status == PrisonerStatus.Active && p.ChildrenUnder18 == null);
        return View("~/Views/Shared/_AreaLanding.cshtml", new AreaLanding("Family days", "Plan family days, forums and schemes, and track them against the establishment's targets.", [("Prisoners with children under 18", withChildren), ("Prisoners whose children are not recorded", childrenUnknown)]));
    }
}
