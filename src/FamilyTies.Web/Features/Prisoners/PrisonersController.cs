using FamilyTies.Data;
using FamilyTies.Domain.People;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Features.Prisoners;

[Authorize(Policy = Policies.People)]
[Route("prisoners")]
public sealed class PrisonersController(FamilyTiesDbContext db) : Controller
{
    public const int PageSize = 25;
    public const string SaferCustodyActivityKey = "SaferCustodyActivity";

    public sealed record SearchResult(string? Query, IReadOnlyList<Prisoner> Prisoners, int Page, int TotalCount)
    {
        public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
    }

    /// <summary>Search by prison number, name or location (the current establishment only), paged.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1)
    {
        var query = db.Prisoners.AsNoTracking();
        var term = q?.Trim();
        if (!string.IsNullOrEmpty(term))
        {
            var number = PrisonNumber.Normalise(term);
            var like = $"%{term}%";
            query = query.Where(p => p.PrisonNumber == number
                                     || EF.Functions.Like(p.LastName, like)
                                     || EF.Functions.Like(p.FirstName, like)
                                     || EF.Functions.Like(p.FirstName + " " + p.LastName, like)
                                     || EF.Functions.Like(p.Location, term + "%"));
        }
        var total = await query.CountAsync();
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var prisoners = await query.OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.PrisonNumber)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync();
        return View(new SearchResult(term, prisoners, page, total));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id)
    {
        var prisoner = await db.Prisoners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
        if (prisoner is null)
        {
            return NotFound();
        }
        // Every role may know that safer custody is involved, so nobody acts unaware; only its team sees what it is.
        ViewData[SaferCustodyActivityKey] = await db.SaferCustodyContacts.AnyAsync(c => c.PrisonerId == id && c.ClosedAt == null)
                                            || await db.SafetyCases.AnyAsync(c => c.PrisonerId == id && c.ClosedOn == null);
        return View(prisoner);
    }
}
