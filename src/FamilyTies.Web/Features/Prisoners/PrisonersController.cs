using FamilyTies.Data;
using FamilyTies.Domain.People;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
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

    public sealed record SearchResult(string? Query, IReadOnlyList<Prisoner> Prisoners, int Page, int TotalCount, bool CanAdd)
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
        return View(new SearchResult(term, prisoners, page, total, await this.Allowed(Policies.PrisonerEdit)));
    }

    [HttpGet("{id:int}")]
    public Task<IActionResult> Details(int id, [FromServices] PrisonerProfileHandler profile) => Profile(id, "details", profile);

    [HttpGet("{id:int}/contacts")]
    public Task<IActionResult> ContactsTab(int id, [FromServices] PrisonerProfileHandler profile) => Profile(id, "contacts", profile);

    [HttpGet("{id:int}/restrictions")]
    public Task<IActionResult> RestrictionsTab(int id, [FromServices] PrisonerProfileHandler profile) => Profile(id, "restrictions", profile);

    private async Task<IActionResult> Profile(int id, string tab, PrisonerProfileHandler handler)
    {
        var profile = await handler.Handle(id, tab);
        if (profile is null)
        {
            return NotFound();
        }
        ViewData["CanEdit"] = await this.Allowed(Policies.PrisonerEdit);
        ViewData["CanEditContacts"] = await this.Allowed(Policies.ContactEdit);
        ViewData["IsSecurity"] = await this.Allowed(Policies.Security);
        // Every role may know that safer custody is involved, so nobody acts unaware; only its team sees what it is.
        ViewData[SaferCustodyActivityKey] = await db.SaferCustodyContacts.AnyAsync(c => c.PrisonerId == id && c.ClosedAt == null)
                                            || await db.SafetyCases.AnyAsync(c => c.PrisonerId == id && c.ClosedOn == null);
        return View("Profile", profile);
    }

    [HttpGet("new")]
    [Authorize(Policy = Policies.PrisonerEdit)]
    public IActionResult Create() => View("Edit", new PrisonerForm { IncentiveLevel = "Standard", LegalStatus = "Convicted", Status = "Active" });

    [HttpPost("new")]
    [Authorize(Policy = Policies.PrisonerEdit)]
    public async Task<IActionResult> Create(PrisonerForm form, [FromServices] IValidator<PrisonerForm> validator, [FromServices] EditPrisonerHandler handler)
    {
        if (await validator.ValidateInto(form, ModelState))
        {
            var (prisoner, errors) = await handler.Handle(null, form);
            if (prisoner is not null)
            {
                TempData["Success"] = $"{prisoner.FullName} ({prisoner.PrisonNumber}) added";
                return Redirect($"/prisoners/{prisoner.Id}");
            }
            this.AddErrors(errors);
        }
        return View("Edit", form);
    }

    [HttpGet("{id:int}/edit")]
    [Authorize(Policy = Policies.PrisonerEdit)]
    public async Task<IActionResult> Edit(int id)
    {
        var prisoner = await db.Prisoners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
        if (prisoner is null)
        {
            return NotFound();
        }
        ViewData["PrisonerId"] = id;
        return View("Edit", PrisonerForm.From(prisoner));
    }

    [HttpPost("{id:int}/edit")]
    [Authorize(Policy = Policies.PrisonerEdit)]
    public async Task<IActionResult> Edit(int id, PrisonerForm form, [FromServices] IValidator<PrisonerForm> validator, [FromServices] EditPrisonerHandler handler)
    {
        var prisoner = await db.Prisoners.SingleOrDefaultAsync(p => p.Id == id);
        if (prisoner is null)
        {
            return NotFound();
        }
        ViewData["PrisonerId"] = id;
        if (await validator.ValidateInto(form, ModelState))
        {
            var (saved, errors) = await handler.Handle(prisoner, form);
            if (saved is not null)
            {
                TempData["Success"] = "Prisoner details saved";
                return Redirect($"/prisoners/{id}");
            }
            this.AddErrors(errors);
        }
        return View("Edit", form);
    }
}
