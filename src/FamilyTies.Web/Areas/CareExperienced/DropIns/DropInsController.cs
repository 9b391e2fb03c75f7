using FamilyTies.Data;
using FamilyTies.Data.Measures;
using FamilyTies.Domain.CareExperienced;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.CareExperienced.DropIns;

/// <summary>Drop-in sessions for care-experienced prisoners, run with the local authority, and who came to each.</summary>
[Area("CareExperienced")]
[Authorize(Policy = Policies.CareExperienced)]
[Route("careexperienced/dropins")]
public sealed class DropInsController(FamilyTiesDbContext db, DropInLoader loader) : Controller
{
    public const string MeasureKey = "careexperienced.dropin_attended";

    public sealed record IndexModel(MeasureValue AttendedThisMonth, IReadOnlyList<DropInRow> Sessions);

    public sealed record DetailsModel(DropInSession Session, IReadOnlyList<DropInPerson> People);

    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] MeasureFiguresHandler measures) =>
        View(new IndexModel((await measures.ThisMonth(MeasureKey))[MeasureKey], await loader.All()));

    [HttpGet("new")]
    [Authorize(Policy = Policies.CareExperiencedChange)]
    public async Task<IActionResult> Create()
    {
        // The last session's place and partner, as the next one is usually the same.
        var last = await db.DropInSessions.AsNoTracking().OrderByDescending(s => s.Date).ThenByDescending(s => s.Id).FirstOrDefaultAsync();
        return View(new DropInForm { StartTime = "10am", EndTime = "11:30am", Place = last?.Place, RunWith = last?.RunWith });
    }

    [HttpPost("new")]
    [Authorize(Policy = Policies.CareExperiencedChange)]
    public async Task<IActionResult> Create(DropInForm form, [FromServices] IValidator<DropInForm> validator, [FromServices] CreateDropInHandler handler,
        [FromServices] FormSubmissions submissions)
    {
        if (await submissions.Earlier(nameof(DropInSession)) is { } earlier)
        {
            return Redirect($"/careexperienced/dropins/{earlier}");
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            var sent = await submissions.Once(nameof(DropInSession), () => handler.Handle(form));
            TempData["Success"] = "Drop-in session added";
            return Redirect($"/careexperienced/dropins/{sent.Id}");
        }
        return View(form);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id)
    {
        var session = await loader.Find(id);
        return session is null ? NotFound() : View(new DetailsModel(session, await loader.People(session)));
    }

    [HttpGet("{id:int}/attendance")]
    [Authorize(Policy = Policies.CareExperiencedChange)]
    public async Task<IActionResult> Attendance(int id)
    {
        var session = await loader.Find(id);
        if (session is null)
        {
            return NotFound();
        }
        var people = await loader.People(session);
        var form = new DropInAttendanceForm { Session = session, People = people, Attended = people.Where(p => p.Attended).Select(p => p.RecordId.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList() };
        if (DropInSession.AttendanceTooEarly(session.Date, session.StartTime, db.Clock.GetUtcNow()) is { } early)
        {
            ModelState.AddModelError("", early);
        }
        return View(form);
    }

    [HttpPost("{id:int}/attendance")]
    [Authorize(Policy = Policies.CareExperiencedChange)]
    public async Task<IActionResult> Attendance(int id, DropInAttendanceForm form, [FromServices] IValidator<DropInAttendanceForm> validator,
        [FromServices] RecordDropInAttendanceHandler handler)
    {
        var session = await loader.Find(id);
        if (session is null)
        {
            return NotFound();
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            if (await handler.Handle(session, form) is not { } refusal)
            {
                TempData["Success"] = "Attendance recorded";
                return Redirect($"/careexperienced/dropins/{id}");
            }
            ModelState.AddModelError(refusal == RecordDropInAttendanceHandler.NotOnTheList ? nameof(form.Attended) : "", refusal);
        }
        form.Session = session;
        form.People = await loader.People(session);
        return View(form);
    }
}
