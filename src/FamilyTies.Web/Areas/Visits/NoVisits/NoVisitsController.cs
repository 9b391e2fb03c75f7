using FamilyTies.Data;
using FamilyTies.Data.Visits;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Infrastructure;
using FamilyTies.Web.Infrastructure.Exports;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.NoVisits;

/// <summary>
/// Prisoners who get no visits (issue 13 §5): the list in the short and the long look-back, narrowed by location and
/// cohort, each prisoner's support offered and taken up, and a CSV. Visits staff and managers record support; the
/// family lead reads. The list is <see cref="NoVisitsList"/>, the measures' own definition.
/// </summary>
[Area("Visits")]
[Authorize(Policy = Policies.Visits)]
[Route("visits/no-visits")]
public sealed class NoVisitsController(FamilyTiesDbContext db, NoVisitsLoader loader) : Controller
{
    public sealed record PrisonerPage(Prisoner Prisoner, IReadOnlyList<SupportLine> Support, DateOnly? LastAttended, bool OnShort, bool OnLong,
        int ShortDays, int LongDays, SupportOfferForm Form, bool CanRecord);

    public sealed record TakenUpPage(Prisoner Prisoner, SupportLine Support, SupportTakenUpForm Form);

    [HttpGet("")]
    public async Task<IActionResult> Index(string? lookback, string? location, string? cohort)
    {
        var filter = NoVisitsFilter.Parse(lookback, location, cohort, out var problems);
        foreach (var (key, message) in problems)
        {
            ModelState.AddModelError(key, message);
        }
        return View(await loader.Load(filter, problems, await this.Allowed(Policies.VisitsBook)));
    }

    /// <summary>The list as CSV, every cell neutralised against spreadsheet formulas.</summary>
    [HttpGet("export")]
    public async Task<IActionResult> Export(string? lookback, string? location, string? cohort)
    {
        var filter = NoVisitsFilter.Parse(lookback, location, cohort, out var problems);
        if (problems.Count > 0)
        {
            return Redirect("/visits/no-visits?" + filter.Query());
        }
        var page = await loader.Load(filter, problems, false);
        var rows = page.Rows.Select(r => (IReadOnlyList<string>)
        [
            r.PrisonNumber, r.Name, r.Location, Date(r.Received), Date(r.LastAttended),
            string.Join("; ", r.Support.Select(s => $"{s.Text} offered {Date(s.OfferedOn)}")),
            string.Join("; ", r.Support.Where(s => s.TakenUpOn is not null).Select(s => $"{s.Text} taken up {Date(s.TakenUpOn)}")),
        ]).ToList();
        var table = new ExportTable("No visits", ["Prison number", "Name", "Location", "Received", "Last attended visit", "Support offered", "Support taken up"], rows);
        return ExportResult.File(table, $"no-visits-{(filter.LongLookback ? "long" : "short")}-{Iso(page.To)}", csv: true);
    }

    [HttpGet("prisoners/{prisonerId:int}")]
    public async Task<IActionResult> Prisoner(int prisonerId)
    {
        var prisoner = await db.Prisoners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == prisonerId);
        return prisoner is null ? NotFound() : View(await Page(prisoner, new SupportOfferForm { OfferedOn = LondonTime.DateInput(db.Clock.GetUtcNow()) }));
    }

    [HttpPost("prisoners/{prisonerId:int}/support")]
    [Authorize(Policy = Policies.VisitsBook)]
    public async Task<IActionResult> Offer(int prisonerId, SupportOfferForm form, [FromServices] IValidator<SupportOfferForm> validator,
        [FromServices] RecordSupportHandler handler, [FromServices] FormSubmissions submissions)
    {
        var prisoner = await db.Prisoners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == prisonerId);
        if (prisoner is null)
        {
            return NotFound();
        }
        if (await submissions.Earlier(nameof(NoVisitsSupport)) is not null)
        {
            return Redirect($"/visits/no-visits/prisoners/{prisonerId}");
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            var refusal = RecordSupportHandler.Refusal(prisoner);
            if (refusal.Count == 0)
            {
                await submissions.Once(nameof(NoVisitsSupport), () => handler.Offer(prisoner, form));
                TempData["Success"] = "Support offer recorded";
                return Redirect($"/visits/no-visits/prisoners/{prisonerId}");
            }
            this.AddErrors(refusal);
        }
        return View("Prisoner", await Page(prisoner, form));
    }

    [HttpGet("support/{id:int}/taken-up")]
    [Authorize(Policy = Policies.VisitsBook)]
    public async Task<IActionResult> TakenUp(int id)
    {
        var support = await db.NoVisitsSupports.AsNoTracking().Include(s => s.Prisoner).SingleOrDefaultAsync(s => s.Id == id);
        return support is null ? NotFound() : View(new TakenUpPage(support.Prisoner!, Line(support), new SupportTakenUpForm { TakenUpOn = LondonTime.DateInput(db.Clock.GetUtcNow()) }));
    }

    [HttpPost("support/{id:int}/taken-up")]
    [Authorize(Policy = Policies.VisitsBook)]
    public async Task<IActionResult> TakenUp(int id, SupportTakenUpForm form, [FromServices] IValidator<SupportTakenUpForm> validator, [FromServices] RecordSupportHandler handler)
    {
        var support = await db.NoVisitsSupports.Include(s => s.Prisoner).SingleOrDefaultAsync(s => s.Id == id);
        if (support is null)
        {
            return NotFound();
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            var line = Line(support);
            var errors = await handler.TakenUp(support, form);
            if (errors.Count == 0)
            {
                TempData["Success"] = $"{line.Text}: take-up recorded";
                return Redirect($"/visits/no-visits/prisoners/{support.PrisonerId}");
            }
            this.AddErrors(errors);
        }
        return View(new TakenUpPage(support.Prisoner!, Line(support), form));
    }

    private static SupportLine Line(NoVisitsSupport s) => new(s.Id, s.Kind, s.Detail, s.OfferedOn, s.TakenUpOn);

    private async Task<PrisonerPage> Page(Prisoner prisoner, SupportOfferForm form)
    {
        var (shortDays, longDays) = await loader.Settings();
        var today = LondonTime.Today(db.Clock);
        var one = db.Prisoners.AsNoTracking().Where(p => p.Id == prisoner.Id);
        var onShort = await NoVisitsList.Prisoners(one, db.VisitAttendances.AsNoTracking(), db.VideoCalls.AsNoTracking(), today, shortDays).AnyAsync();
        var onLong = await NoVisitsList.Prisoners(one, db.VisitAttendances.AsNoTracking(), db.VideoCalls.AsNoTracking(), today, longDays).AnyAsync();
        var last = await NoVisitsList.AttendedContacts(db.VisitAttendances.AsNoTracking(), db.VideoCalls.AsNoTracking()).Where(c => c.PrisonerId == prisoner.Id && c.Date <= today)
            .MaxAsync(c => (DateOnly?)c.Date);
        var support = (await loader.Support([prisoner.Id])).GetValueOrDefault(prisoner.Id) ?? [];
        var canRecord = await this.Allowed(Policies.VisitsBook) && prisoner.Status == PrisonerStatus.Active;
        return new PrisonerPage(prisoner, support, last, onShort, onLong, shortDays, longDays, form, canRecord);
    }

    private static string Date(DateOnly? d) => d is { } x ? x.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) : "";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
