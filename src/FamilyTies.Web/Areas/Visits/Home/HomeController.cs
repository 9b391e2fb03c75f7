using FamilyTies.Data;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.Home;

[Area("Visits")]
[Authorize(Policy = Policies.Visits)]
public sealed class HomeController(FamilyTiesDbContext db, TimeProvider clock) : Controller
{
    public sealed record Landing(bool CanBook, bool CanManage, int NeedsReview, int UpcomingBlocks);

    public async Task<IActionResult> Index()
    {
        var today = clock.Today();
        return View(new Landing(
            await this.Allowed(Policies.VisitsBook),
            await this.Allowed(Policies.VisitsManage),
            await db.Visits.CountAsync(v => v.NeedsReview && v.Status == FamilyTies.Domain.Visits.VisitStatus.Booked),
            await db.BlockedDates.CountAsync(b => !b.Removed && b.Date >= today)));
    }
}
