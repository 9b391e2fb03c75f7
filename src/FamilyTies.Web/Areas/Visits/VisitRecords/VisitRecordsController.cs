using FamilyTies.Data;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.VisitRecords;

/// <summary>Finds a visit by its reference (a booked visit's own actions are in <c>BookedVisit</c>).</summary>
[Area("Visits")]
[Authorize(Policy = Policies.Visits)]
public sealed class VisitRecordsController(FamilyTiesDbContext db) : Controller
{
    [HttpGet("visits/bookings")]
    public async Task<IActionResult> Find(string? reference)
    {
        var normalised = VisitReference.Normalise(reference);
        if (normalised.Length == 8)
        {
            normalised = normalised[..4] + "-" + normalised[4..];
        }
        var visit = await db.Visits.AsNoTracking().Where(v => v.Reference == normalised).Select(v => new { v.Id }).SingleOrDefaultAsync();
        if (visit is not null)
        {
            return Redirect($"/visits/bookings/{visit.Id}");
        }
        ViewData["Reference"] = reference;
        return View();
    }
}
