using FamilyTies.Data;
using FamilyTies.Domain.People;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.Home;

[Area("Visits")]
[Authorize(Policy = Policies.Visits)]
public sealed class HomeController(FamilyTiesDbContext db) : Controller
{
    public async Task<IActionResult> Index()
    {
        var active = await db.Prisoners.CountAsync(p => p.Status == PrisonerStatus.Active);
        var enhanced = await db.Prisoners.CountAsync(p => p.Status == PrisonerStatus.Active && p.IncentiveLevel == IncentiveLevel.Enhanced);
        return View("~/Views/Shared/_AreaLanding.cshtml", new AreaLanding("Visits", "Book, amend and cancel social visits and video calls, and run the visits hall on the day.", [("Prisoners on the roll", active), ("On Enhanced", enhanced)]));
    }
}
