using FamilyTies.Data;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Domain.People;
using FamilyTies.Web.Features.Prisoners;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.FamilyDays.Schemes;

/// <summary>Schemes and interventions and who takes part: the pathway's list, and a tab on the prisoner's profile.</summary>
[Area("FamilyDays")]
[Authorize(Policy = Policies.FamilyDays)]
public sealed class SchemesController(FamilyTiesDbContext db) : Controller
{
    public sealed record SchemeRow(Scheme Scheme, int Started, int Completed, int Left);

    [HttpGet("familydays/schemes")]
    public async Task<IActionResult> Index()
    {
        var schemes = await db.Schemes.AsNoTracking().OrderBy(s => s.Name).ToListAsync();
        var counts = await db.SchemeParticipations.AsNoTracking().GroupBy(p => new { p.SchemeId, p.Status })
            .Select(g => new { g.Key.SchemeId, g.Key.Status, Count = g.Count() }).ToListAsync();
        int Count(int id, ParticipationStatus status) => counts.Where(c => c.SchemeId == id && c.Status == status).Sum(c => c.Count);
        ViewData["CanChange"] = await this.Allowed(Policies.FamilyDaysChange);
        return View(schemes.Select(s => new SchemeRow(s, Count(s.Id, ParticipationStatus.Started), Count(s.Id, ParticipationStatus.Completed), Count(s.Id, ParticipationStatus.Left))).ToList());
    }

    [HttpGet("familydays/schemes/new")]
    [Authorize(Policy = Policies.FamilyDaysChange)]
    public IActionResult Create() => View(new SchemeForm());

    [HttpPost("familydays/schemes/new")]
    [Authorize(Policy = Policies.FamilyDaysChange)]
    public async Task<IActionResult> Create(SchemeForm form, [FromServices] IValidator<SchemeForm> validator, [FromServices] SchemeHandler handler,
        [FromServices] FormSubmissions submissions)
    {
        if (await submissions.Earlier(nameof(Scheme)) is { } earlier)
        {
            return Redirect($"/familydays/schemes/{earlier}");
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            SchemeRefusal? refusal = null;
            var sent = await submissions.Once(nameof(Scheme), async () =>
            {
                var (id, refused) = await handler.Add(form);
                refusal = refused;
                return id;
            });
            if (sent.Id is { } schemeId)
            {
                TempData["Success"] = $"{form.Name!.Trim()} added";
                return Redirect($"/familydays/schemes/{schemeId}");
            }
            Refuse(refusal);
        }
        return View(form);
    }

    [HttpGet("familydays/schemes/{id:int}")]
    public async Task<IActionResult> Details(int id)
    {
        var scheme = await db.Schemes.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id);
        if (scheme is null)
        {
            return NotFound();
        }
        var participants = await db.SchemeParticipations.AsNoTracking().Include(p => p.Prisoner).Where(p => p.SchemeId == id)
            .OrderBy(p => p.Status).ThenByDescending(p => p.StartDate).ThenBy(p => p.Id).ToListAsync();
        return View(new SchemeModel(scheme, participants, await this.Allowed(Policies.FamilyDaysChange)));
    }

    [HttpGet("familydays/schemes/{id:int}/participants/new")]
    [Authorize(Policy = Policies.FamilyDaysChange)]
    public async Task<IActionResult> AddParticipant(int id)
    {
        var scheme = await db.Schemes.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id);
        return scheme is null ? NotFound() : ShowParticipant(scheme, new ParticipantForm());
    }

    [HttpPost("familydays/schemes/{id:int}/participants/new")]
    [Authorize(Policy = Policies.FamilyDaysChange)]
    public async Task<IActionResult> AddParticipant(int id, ParticipantForm form, [FromServices] IValidator<ParticipantForm> validator,
        [FromServices] SchemeHandler handler, [FromServices] FormSubmissions submissions)
    {
        var scheme = await db.Schemes.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id);
        if (scheme is null)
        {
            return NotFound();
        }
        if (await submissions.Earlier(nameof(SchemeParticipation)) is not null)
        {
            return Redirect($"/familydays/schemes/{id}");
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            SchemeRefusal? refusal = null;
            var sent = await submissions.Once(nameof(SchemeParticipation), async () =>
            {
                var (participationId, refused) = await handler.Start(id, form);
                refusal = refused;
                return participationId;
            });
            if (sent.Id is not null)
            {
                TempData["Success"] = $"{PrisonNumber.Normalise(form.PrisonNumber)} started {scheme.Name}";
                return Redirect($"/familydays/schemes/{id}");
            }
            Refuse(refusal);
        }
        return ShowParticipant(scheme, form);
    }

    [HttpGet("familydays/schemes/participations/{id:int}")]
    [Authorize(Policy = Policies.FamilyDaysChange)]
    public async Task<IActionResult> ChangeParticipation(int id)
    {
        var participation = await Participation(id);
        return participation is null ? NotFound() : ShowParticipation(participation, new ParticipationForm
        {
            Status = participation.Status.ToString(), EndDate = participation.EndDate,
        });
    }

    [HttpPost("familydays/schemes/participations/{id:int}")]
    [Authorize(Policy = Policies.FamilyDaysChange)]
    public async Task<IActionResult> ChangeParticipation(int id, ParticipationForm form, [FromServices] IValidator<ParticipationForm> validator,
        [FromServices] SchemeHandler handler)
    {
        var participation = await Participation(id);
        if (participation is null)
        {
            return NotFound();
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            var refusal = await handler.Change(id, form);
            if (refusal is null)
            {
                TempData["Success"] = $"{participation.Prisoner!.PrisonNumber}'s part in {participation.Scheme!.Name} updated";
                return Redirect($"/familydays/schemes/{participation.SchemeId}");
            }
            Refuse(refusal);
        }
        return ShowParticipation(participation, form);
    }

    public sealed record SchemeModel(Scheme Scheme, IReadOnlyList<SchemeParticipation> Participants, bool CanChange);

    private Task<SchemeParticipation?> Participation(int id) =>
        db.SchemeParticipations.AsNoTracking().Include(p => p.Scheme).Include(p => p.Prisoner).SingleOrDefaultAsync(p => p.Id == id);

    private ViewResult ShowParticipant(Scheme scheme, ParticipantForm form)
    {
        ViewData["Scheme"] = scheme;
        return View("AddParticipant", form);
    }

    private ViewResult ShowParticipation(SchemeParticipation participation, ParticipationForm form)
    {
        ViewData["Participation"] = participation;
        return View("ChangeParticipation", form);
    }

    private void Refuse(SchemeRefusal? refusal)
    {
        if (refusal is not null)
        {
            ModelState.AddModelError(refusal.Field, refusal.Message);
        }
    }
}

/// <summary>The prisoner's schemes, a tab on their profile: everyone in the establishment may read it.</summary>
[Authorize(Policy = Policies.People)]
public sealed class PrisonerSchemesController(FamilyTiesDbContext db) : Controller
{
    public const string TabKey = "schemes";

    [HttpGet("prisoners/{prisonerId:int}/schemes")]
    public async Task<IActionResult> Index(int prisonerId, [FromServices] PrisonerProfileHandler profiles)
    {
        var profile = await profiles.Handle(prisonerId, TabKey);
        if (profile is null)
        {
            return NotFound();
        }
        ViewData["Schemes"] = await db.SchemeParticipations.AsNoTracking().Include(p => p.Scheme).Where(p => p.PrisonerId == prisonerId)
            .OrderByDescending(p => p.StartDate).ToListAsync();
        return View("/Features/Prisoners/Profile.cshtml", profile);
    }
}
