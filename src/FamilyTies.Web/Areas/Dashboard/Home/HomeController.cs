using FamilyTies.Data;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FamilyTies.Web.Areas.Dashboard.Home;

[Area("Dashboard")]
[Authorize(Policy = Policies.Dashboard)]
public sealed class HomeController(FamilyTiesDbContext db) : Controller
{
    public async Task<IActionResult> Index()
    {
        var figures = (await NeedsFigures.ByEstablishmentAsync(db.Prisoners)).SingleOrDefault();
        return View(figures);
    }
}
