using FamilyTies.Data;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Domain.People;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.FamilyDays.Applications;

/// <summary>Applications for a family day: family services record and decide them; the family lead reads them.</summary>
[Area("FamilyDays")]
[Authorize(Policy = Policies.FamilyDays)]
public sealed class ApplicationsController(FamilyTiesDbContext db, TimeProvider clock) : Controller
{
    public sealed record ApplyModel(FamilyDay Day, ApplyForm Form, Prisoner? Prisoner, IReadOnlyList<Invitee> Invitees);

    public sealed record DetailsModel(FamilyDayApplication Application, IReadOnlyDictionary<string, string> Staff, bool CanChange, bool DayReached,
        DecideForm Decide, WithdrawForm Withdraw, RecordDayForm Record);

    [HttpGet("familydays/days/{id:int}/apply")]
    [Authorize(Policy = Policies.FamilyDaysChange)]
    public async Task<IActionResult> Apply(int id, string? prisonNumber, [FromServices] InviteesLoader loader)
    {
        var day = await db.FamilyDays.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && !d.Cancelled);
        if (day is null)
        {
            return NotFound();
        }
        var form = new ApplyForm { PrisonNumber = prisonNumber };
        var (prisoner, invitees) = await loader.Load(day, prisonNumber);
        if (!string.IsNullOrWhiteSpace(prisonNumber) && prisoner is null)
        {
            ModelState.AddModelError(nameof(form.PrisonNumber), "No prisoner on the roll here has that prison number");
        }
        return View(new ApplyModel(day, form, prisoner, invitees));
    }

    [HttpPost("familydays/days/{id:int}/apply")]
    [Authorize(Policy = Policies.FamilyDaysChange)]
    public async Task<IActionResult> Apply(int id, ApplyForm form, [FromServices] IValidator<ApplyForm> validator, [FromServices] ApplyHandler handler,
        [FromServices] InviteesLoader loader, [FromServices] FormSubmissions submissions)
    {
        var day = await db.FamilyDays.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && !d.Cancelled);
        if (day is null)
        {
            return NotFound();
        }
        if (await submissions.Earlier(nameof(FamilyDayApplication)) is { } earlier)
        {
            return Redirect($"/familydays/applications/{earlier}");
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            IReadOnlyList<EligibilityRefusal> refusals = [];
            var sent = await submissions.Once(nameof(FamilyDayApplication), async () =>
            {
                var result = await handler.Handle(id, form);
                refusals = result.Refusals;
                return result.Id;
            });
            if (sent.Id is { } applicationId)
            {
                TempData["Success"] = "Application recorded. Security now check it";
                return Redirect($"/familydays/applications/{applicationId}");
            }
            foreach (var refusal in refusals)
            {
                ModelState.AddModelError(refusal.Field, refusal.Message);
            }
        }
        var (prisoner, invitees) = await loader.Load(day, form.PrisonNumber);
        return View(new ApplyModel(day, form, prisoner, invitees));
    }

    [HttpGet("familydays/applications/{id:int}")]
    public async Task<IActionResult> Details(int id) =>
        await Show(id, new DecideForm(), new WithdrawForm(), null) ?? NotFound();

    [HttpPost("familydays/applications/{id:int}/decision")]
    [Authorize(Policy = Policies.FamilyDaysChange)]
    public async Task<IActionResult> Decide(int id, DecideForm form, [FromServices] IValidator<DecideForm> validator, [FromServices] DecideApplicationHandler handler)
    {
        if (!await Exists(id))
        {
            return NotFound();
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            var result = await handler.Handle(id, form);
            if (result.Application is { } a)
            {
                TempData["Success"] = $"Application {FamilyDayApplication.Describe(a.Status).ToLowerInvariant()}";
                return Redirect($"/familydays/applications/{id}");
            }
            ModelState.AddModelError(nameof(form.Decision), result.Error!);
        }
        return await Show(id, form, new WithdrawForm(), null) ?? NotFound();
    }

    [HttpPost("familydays/applications/{id:int}/withdraw")]
    [Authorize(Policy = Policies.FamilyDaysChange)]
    public async Task<IActionResult> Withdraw(int id, [Bind(Prefix = "Withdraw")] WithdrawForm form, [FromServices] IValidator<WithdrawForm> validator,
        [FromServices] WithdrawApplicationHandler handler)
    {
        if (!await Exists(id))
        {
            return NotFound();
        }
        if (await validator.ValidateInto(form, ModelState, "Withdraw"))
        {
            var result = await handler.Handle(id, form);
            if (result.Application is not null)
            {
                TempData["Success"] = "Application withdrawn. Any place it held was offered to the waiting list";
                return Redirect($"/familydays/applications/{id}");
            }
            ModelState.AddModelError("Withdraw.Reason", result.Error!);
        }
        return await Show(id, new DecideForm(), form, null) ?? NotFound();
    }

    [HttpPost("familydays/applications/{id:int}/accept")]
    [Authorize(Policy = Policies.FamilyDaysChange)]
    public async Task<IActionResult> AcceptOffer(int id, [FromServices] AcceptOfferHandler handler)
    {
        if (!await Exists(id))
        {
            return NotFound();
        }
        var result = await handler.Handle(id);
        if (result.Application is null)
        {
            ModelState.AddModelError("Accept", result.Error!);
            return await Show(id, new DecideForm(), new WithdrawForm(), null) ?? NotFound();
        }
        TempData["Success"] = "Offered place accepted";
        return Redirect($"/familydays/applications/{id}");
    }

    [HttpPost("familydays/applications/{id:int}/attendance")]
    [Authorize(Policy = Policies.FamilyDaysChange)]
    public async Task<IActionResult> Attendance(int id, [Bind(Prefix = "Record")] RecordDayForm form, [FromServices] IValidator<RecordDayForm> validator,
        [FromServices] RecordDayHandler handler)
    {
        if (!await Exists(id))
        {
            return NotFound();
        }
        if (await validator.ValidateInto(form, ModelState, "Record"))
        {
            var result = await handler.Handle(id, form);
            if (result.Application is not null)
            {
                TempData["Success"] = "Attendance, books and feedback recorded";
                return Redirect($"/familydays/applications/{id}");
            }
            ModelState.AddModelError("Record.PrisonerAttended", result.Error!);
        }
        return await Show(id, new DecideForm(), new WithdrawForm(), form) ?? NotFound();
    }

    private Task<bool> Exists(int id) => db.FamilyDayApplications.AnyAsync(a => a.Id == id);

    private async Task<IActionResult?> Show(int id, DecideForm decide, WithdrawForm withdraw, RecordDayForm? record)
    {
        var application = await db.FamilyDayApplications.AsNoTracking().Include(a => a.FamilyDay).Include(a => a.Prisoner)
            .Include(a => a.Guests).ThenInclude(g => g.Contact).Include(a => a.Events)
            .AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id);
        if (application is null)
        {
            return null;
        }
        record ??= new RecordDayForm
        {
            PrisonerAttended = application.PrisonerAttended ?? true,
            Feedback = application.Feedback,
            Guests = application.Guests.Select(g => new GuestAttendance { Id = g.Id, Attended = g.Attended ?? true, BookTitle = g.BookTitle }).ToList(),
        };
        var staff = await StaffNames.LoadAsync(db, application.Events.Select(e => e.UserId));
        return View("Details", new DetailsModel(application, staff, await this.Allowed(Policies.FamilyDaysChange),
            application.FamilyDay!.Date <= clock.Today(), decide, withdraw, record));
    }
}
