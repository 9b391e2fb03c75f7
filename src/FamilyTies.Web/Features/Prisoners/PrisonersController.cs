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
        return prisoner is null ? NotFound() : View(prisoner);
    }
}
