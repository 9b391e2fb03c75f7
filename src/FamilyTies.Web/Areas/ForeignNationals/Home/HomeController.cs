using FamilyTies.Data;
using FamilyTies.Domain.People;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.ForeignNationals.Home;

[Area("ForeignNationals")]
[Authorize(Policy = Policies.ForeignNationals)]
public sealed class HomeController(FamilyTiesDbContext db) : Controller
{
    public async Task<IActionResult> Index()
    {
        var foreign = await db.Prisoners.CountAsync(p => p.Status == PrisonerStatus.Active && p.Nationality != "" && p.Nationality != "British");
        var interpreter = await db.Prisoners.CountAsync(p => p.Status == PrisonerStatus.Active && p.InterpreterNeeded);
        return View("~/Views/Shared/_AreaLanding.cshtml", new AreaLanding("Foreign nationals", "Keep foreign national prisoners in touch: interpreters, international calls, video calls and visiting-order substitutions.", [("Foreign national prisoners", foreign), ("Need an interpreter", interpreter)]));
    }
}
