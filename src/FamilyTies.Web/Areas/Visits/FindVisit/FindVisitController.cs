using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Features.Prisoners;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.FindVisit;

/// <summary>
/// Finding a booked visit again: by reference (any case, with or without the dash), prison number or name, visitor
/// name, and date. An exact reference opens the visit.
/// </summary>
[Area("Visits")]
[Authorize(Policy = Policies.Visits)]
public sealed class FindVisitController(FamilyTiesDbContext db) : Controller
{
    public const int MaxResults = 100;

    public sealed record FindPage(string? Query, string? Date, bool Searched, IReadOnlyList<VisitRow> Rows, bool More);

    /// <summary>/visits/bookings?reference= is the address the booking confirmation has always given.</summary>
    [HttpGet("visits/find")]
    [HttpGet("visits/bookings")]
    public async Task<IActionResult> Find(string? q, string? reference, string? date)
    {
        var text = (q ?? reference ?? "").Trim();
        if (text.Length > 100)
        {
            ModelState.AddModelError("q", "Enter 100 characters or fewer");
            return View(new FindPage(text[..100], date, false, [], false));
        }
        DateOnly? day = null;
        if (!string.IsNullOrWhiteSpace(date))
        {
            if (!LondonTime.TryParseDate(date, out var d) || d.Year < 2000 || d.Year > 2100)
            {
                ModelState.AddModelError("date", "Enter the date as a real date, like 23/11/2026");
                return View(new FindPage(text, date, false, [], false));
            }
            day = d;
        }
        if (text.Length == 0 && day is null)
        {
            return View(new FindPage(null, null, false, [], false));
        }
        var visits = db.Visits.AsNoTracking();
        if (text.Length > 0)
        {
            var asReference = AsReference(text);
            if (asReference is not null && day is null)
            {
                var exact = await visits.Where(v => v.Reference == asReference).Select(v => (int?)v.Id).SingleOrDefaultAsync();
                if (exact is { } id)
                {
                    return Redirect($"/visits/bookings/{id}");
                }
            }
            var upper = text.ToUpperInvariant().Replace(" ", "");
            if (asReference is not null && await visits.AnyAsync(v => v.Reference == asReference))
            {
                visits = visits.Where(v => v.Reference == asReference);
            }
            else if (System.Text.RegularExpressions.Regex.IsMatch(upper, "^[A-Z][0-9]{4}[A-Z]{2}$"))
            {
                visits = visits.Where(v => v.Prisoner!.PrisonNumber == upper);
            }
            else
            {
                foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(4))
                {
                    var w = word.ToLower();
                    visits = visits.Where(v => v.Prisoner!.FirstName.ToLower().Contains(w) || v.Prisoner.LastName.ToLower().Contains(w)
                        || v.Visitors.Any(x => x.Contact!.FirstName.ToLower().Contains(w) || x.Contact.LastName.ToLower().Contains(w)));
                }
            }
        }
        if (day is { } dd)
        {
            visits = visits.Where(v => v.Date == dd);
        }
        var rows = await VisitRows.LoadAsync(db, visits, MaxResults + 1);
        return View(new FindPage(text, date, true, rows.Take(MaxResults).ToList(), rows.Count > MaxResults));
    }

    /// <summary>"acde f347", "ACDEF347" and "ACDE-F347" are the reference ACDE-F347; anything else is not a reference.</summary>
    public static string? AsReference(string text)
    {
        var plain = VisitReference.Normalise(text).Replace("-", "");
        return plain.Length == 8 && plain.All(c => VisitReference.Alphabet.Contains(c)) ? plain[..4] + "-" + plain[4..] : null;
    }
}

/// <summary>The Visits tab of a prisoner's profile: upcoming and past visits, grouped by month, with status and outcome.</summary>
[Authorize(Policy = Policies.People)]
public sealed class PrisonerVisitsController(FamilyTiesDbContext db) : Controller
{
    public const string TabKey = "visits";

    [HttpGet("prisoners/{prisonerId:int}/visits")]
    public async Task<IActionResult> Index(int prisonerId, [FromServices] PrisonerProfileHandler profiles)
    {
        var profile = await profiles.Handle(prisonerId, TabKey);
        if (profile is null)
        {
            return NotFound();
        }
        ViewData["Visits"] = await VisitRows.LoadAsync(db, db.Visits.AsNoTracking().Where(v => v.PrisonerId == prisonerId), 500);
        return View("/Features/Prisoners/Profile.cshtml", profile);
    }
}

/// <summary>The visits a contact came (or is booked to come) on, here, for the contact's page.</summary>
public sealed class ContactVisitsViewComponent(FamilyTiesDbContext db, Microsoft.AspNetCore.Authorization.IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int contactId)
    {
        // The family's Help with Prison Visits page (issue 13 §6) is linked for those who may open it.
        ViewData["HpvContactId"] = (await authorization.AuthorizeAsync(UserClaimsPrincipal, Policies.Visits)).Succeeded ? contactId : null;
        return View("/Areas/Visits/FindVisit/_ContactVisits.cshtml",
            await VisitRows.LoadAsync(db, db.Visits.AsNoTracking().Where(v => v.Visitors.Any(x => x.ContactId == contactId)), 100));
    }
}
