using FamilyTies.Data;
using FamilyTies.Domain;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Areas.Visits.Bookings;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.BookedVisit;

/// <summary>
/// A booked visit's own actions, with their handlers and views in this folder: its page and history, the confirmation
/// after booking, amend, cancel, and keep or cancel from the needs-review list. (Finding a visit is in <c>FindVisit</c>.)
/// </summary>
[Area("Visits")]
[Authorize(Policy = Policies.Visits)]
public sealed class BookedVisitController(FamilyTiesDbContext db) : Controller
{
    [HttpGet("visits/bookings/{id:int}")]
    public Task<IActionResult> Details(int id) => Show(id, confirmation: false);

    [HttpGet("visits/bookings/{id:int}/confirmation")]
    public Task<IActionResult> Confirmation(int id) => Show(id, confirmation: true);

    private async Task<IActionResult> Show(int id, bool confirmation)
    {
        var visit = await db.Visits.AsNoTracking()
            .Include(v => v.Prisoner).Include(v => v.MainContact)
            .Include(v => v.SessionSlot).ThenInclude(s => s!.SessionTemplate).ThenInclude(t => t!.Room)
            .Include(v => v.Visitors).ThenInclude(x => x.Contact)
            .Include(v => v.Events)
            .AsSplitQuery()
            .SingleOrDefaultAsync(v => v.Id == id);
        if (visit is null)
        {
            return NotFound();
        }
        var userIds = visit.Events.Select(e => e.UserId).Append(visit.CreatedBy).OfType<string>().Distinct().ToList();
        var names = await StaffNames.LoadAsync(db, userIds);
        return View("Details", new VisitPage(visit, names, confirmation, await this.Allowed(Policies.VisitsBook)));
    }

    /// <summary>
    /// A confirmation to print (or save as PDF) for the family: reference, when, who, the ID rules and what to bring
    /// from the establishment's settings, and how to change or cancel. The address carries the visit's id only.
    /// </summary>
    [HttpGet("visits/bookings/{id:int}/print")]
    public async Task<IActionResult> Print(int id)
    {
        var visit = await db.Visits.AsNoTracking()
            .Include(v => v.Prisoner)
            .Include(v => v.SessionSlot).ThenInclude(s => s!.SessionTemplate).ThenInclude(t => t!.Room)
            .Include(v => v.Visitors).ThenInclude(x => x.Contact)
            .AsSplitQuery()
            .SingleOrDefaultAsync(v => v.Id == id && v.Status == VisitStatus.Booked);
        if (visit is null)
        {
            return NotFound();
        }
        var establishment = await db.Establishments.AsNoTracking().SingleAsync(e => e.Id == visit.EstablishmentId);
        return View(new PrintPage(visit, establishment));
    }

    [HttpGet("visits/bookings/{id:int}/cancel")]
    [Authorize(Policy = Policies.VisitsBook)]
    public async Task<IActionResult> Cancel(int id)
    {
        var visit = await Booked(id);
        return visit is null ? NotFound() : View(new CancelPage(visit, new CancelVisitForm()));
    }

    [HttpPost("visits/bookings/{id:int}/cancel")]
    [Authorize(Policy = Policies.VisitsBook)]
    public async Task<IActionResult> Cancel(int id, CancelVisitForm form, [FromServices] IValidator<CancelVisitForm> validator, [FromServices] CancelVisitHandler handler)
    {
        var visit = await Booked(id);
        if (visit is null)
        {
            return NotFound();
        }
        if (!await validator.ValidateInto(form, ModelState))
        {
            return View(new CancelPage(visit, form));
        }
        var reviewing = visit.NeedsReview;
        await handler.Handle(id, form, reviewing ? VisitEventType.ReviewCancelled : VisitEventType.Cancelled);
        TempData["Success"] = $"Visit {visit.Reference} cancelled" + (visit.UsedVisitingOrder ? " and its visiting order refunded" : "");
        return Redirect(reviewing ? "/visits/needs-review" : $"/visits/bookings/{id}");
    }

    [HttpGet("visits/bookings/{id:int}/amend")]
    [Authorize(Policy = Policies.VisitsBook)]
    public async Task<IActionResult> Amend(int id, [FromServices] SessionFinder finder, [FromServices] TimeProvider clock)
    {
        var visit = await Booked(id);
        if (visit is null)
        {
            return NotFound();
        }
        var form = new BookingForm
        {
            PrisonerId = visit.PrisonerId,
            VisitorIds = visit.Visitors.Select(v => v.ContactId).ToList(),
            Slot = BookingForm.SlotKey(visit.SessionSlot!.SessionTemplateId, visit.Date),
            MainContactId = visit.MainContactId,
            RequestMethod = visit.RequestMethod.ToString(),
        };
        form.CopySupportFrom(visit);
        return View(await AmendModel(visit, form, finder, clock));
    }

    [HttpPost("visits/bookings/{id:int}/amend")]
    [Authorize(Policy = Policies.VisitsBook)]
    public async Task<IActionResult> Amend(int id, BookingForm form, [FromServices] AmendVisitHandler handler, [FromServices] SessionFinder finder,
        [FromServices] TimeProvider clock, [FromServices] IValidator<BookingForm> validator)
    {
        var visit = await Booked(id);
        if (visit is null)
        {
            return NotFound();
        }
        // The booking journey's checks, step by step, then the reasons: one validator for booking and amending.
        ModelState.TakeBindingErrors(form);
        if (await validator.Check(form, ModelState, BookingFormValidator.Visitors, BookingFormValidator.Session,
                BookingFormValidator.Support, BookingFormValidator.Reasons, BookingFormValidator.Amend))
        {
            var result = await handler.Handle(id, form, User.IsInRole(Roles.VisitsManager));
            if (result.Booked)
            {
                TempData["Success"] = $"Visit {visit.Reference} changed";
                return Redirect($"/visits/bookings/{id}");
            }
            BookingRefusalFields.AddTo(ModelState, result.Refusals);
            if (result.Problem is not null)
            {
                ModelState.AddModelError("", result.Problem);
            }
        }
        db.ChangeTracker.Clear();
        visit = await Booked(id);
        return View(await AmendModel(visit!, form, finder, clock));
    }

    [HttpGet("visits/needs-review")]
    public async Task<IActionResult> NeedsReview()
    {
        var visits = await db.Visits.AsNoTracking().Include(v => v.Prisoner)
            .Where(v => v.NeedsReview && v.Status == VisitStatus.Booked)
            .OrderBy(v => v.Date).ThenBy(v => v.StartTime).ToListAsync();
        return View(new NeedsReviewPage(visits, await this.Allowed(Policies.VisitsBook)));
    }

    [HttpPost("visits/bookings/{id:int}/keep")]
    [Authorize(Policy = Policies.VisitsBook)]
    public async Task<IActionResult> Keep(int id, string? note)
    {
        var visit = await db.Visits.SingleOrDefaultAsync(v => v.Id == id && v.NeedsReview && v.Status == VisitStatus.Booked);
        if (visit is null)
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(note) || note.Length > 500)
        {
            ModelState.AddModelError("note", string.IsNullOrWhiteSpace(note) ? "Enter a note saying why the visit can go ahead" : "The note must be 500 characters or fewer");
            return View("Keep", new KeepPage(visit));
        }
        visit.NeedsReview = false;
        db.VisitEvents.Add(new VisitEvent
        {
            VisitId = id, At = db.Clock.GetUtcNow(), UserId = db.CurrentUser.UserId, Type = VisitEventType.ReviewKept,
            Detail = $"Reviewed ({visit.NeedsReviewDetail}) and kept: {note.Trim()}",
        });
        await db.SaveChangesAsync();
        TempData["Success"] = $"Visit {visit.Reference} kept";
        return Redirect("/visits/needs-review");
    }

    private Task<Visit?> Booked(int id) =>
        db.Visits.AsNoTracking().Include(v => v.Prisoner).Include(v => v.SessionSlot).Include(v => v.Visitors)
            .SingleOrDefaultAsync(v => v.Id == id && v.Status == VisitStatus.Booked);

    private async Task<AmendModel> AmendModel(Visit visit, BookingForm form, SessionFinder finder, TimeProvider clock)
    {
        var links = await db.PrisonerContacts.AsNoTracking().Include(l => l.Contact)
            .Where(l => l.PrisonerId == visit.PrisonerId && l.Active).OrderBy(l => l.Contact!.LastName).ToListAsync();
        return new AmendModel(visit, new BookingStepModel(visit.Prisoner!, form, links, clock.Today()), await finder.For(visit.Prisoner!, visit.Id, form.VisitorIds));
    }
}
