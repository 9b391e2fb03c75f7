using FamilyTies.Data;
using FamilyTies.Domain.People;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.CareExperienced.Home;

[Area("CareExperienced")]
[Authorize(Policy = Policies.CareExperienced)]
public sealed class HomeController(FamilyTiesDbContext db) : Controller
{
    public async Task<IActionResult> Index()
    {
        var registered = await db.Prisoners.CountAsync(p => p.Status == PrisonerStatus.Active && p.CareExperienced);
        return View("~/Views/Shared/_AreaLanding.cshtml", new AreaLanding("Care-experienced prisoners", "Support prisoners who have been in care: personal advisers, pathway plans and drop-in sessions.", [("Care-experienced prisoners on the roll", registered)]));
    }
}
