using FamilyTies.Data;
using FamilyTies.Domain.People;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.SaferCustody.Home;

[Area("SaferCustody")]
[Authorize(Policy = Policies.SaferCustody)]
public sealed class HomeController(FamilyTiesDbContext db) : Controller
{
    public async Task<IActionResult> Index()
    {
        var active = await db.Prisoners.CountAsync(p => p.Status == PrisonerStatus.Active);
        return View("~/Views/Shared/_AreaLanding.cshtml", new AreaLanding("Safer custody", "Log calls from worried families, escalate imminent risk at once, and keep families involved in ACCT and CSIP.", [("Prisoners on the roll", active)]));
    }
}
