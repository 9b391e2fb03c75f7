using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;
using FamilyTies.Domain.VideoCalls;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.VideoCalls;

/// <summary>
/// Video calls (issue 10): visits staff book and record them, a visits manager grants wellbeing extras, the family
/// lead reads. Booking goes through the booking engine (<see cref="VideoCallBookable"/>).
/// </summary>
[Area("Visits")]
[Authorize(Policy = Policies.Visits)]
[Route("visits/video")]
public sealed class VideoCallsController(FamilyTiesDbContext db, TimeProvider clock) : Controller
{
    public sealed record IndexModel(IReadOnlyList<VideoCall> Upcoming, IReadOnlyList<VideoCall> NeedsReview, IReadOnlyList<VideoCall> Unresolved, bool CanBook, bool CanManage);

    public sealed record BookModel(string? PrisonNumber, Prisoner? Prisoner, IReadOnlyList<PrisonerContact> Approved, VideoBookForm Form, VideoAllowance? Allowance);

    public sealed record SlotsModel(Prisoner Prisoner, VideoBookForm Form, IReadOnlyList<Contact> Participants, IReadOnlyList<VideoSlotOption> Options,
        bool DemandRecorded, IReadOnlyList<Refusal> Refusals);

    public sealed record PrisonerModel(Prisoner Prisoner, VideoAllowance Allowance, string Month, IReadOnlyList<VideoCallExtra> Extras,
        IReadOnlyList<VideoCallPriority> Priorities, IReadOnlyList<VideoCall> Calls, int OrdersExchanged, bool CanBook, bool CanManage,
        VideoExtraForm Extra, VideoPriorityForm Priority, IReadOnlyList<string> Months);

    public sealed record OfferRow(Prisoner Prisoner, IReadOnlyList<VideoPriorityReason> Reasons, int CallsThisMonth);

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var calls = await Calls().Where(c => c.Date >= today.AddDays(-14) && c.Date <= today.AddDays(28) && c.Status != VideoCallStatus.Cancelled)
            .OrderBy(c => c.Date).ThenBy(c => c.StartTime).ToListAsync();
        return View(new IndexModel(
            calls.Where(c => c.Status == VideoCallStatus.Booked && c.Date >= today && !c.IsUnresolved(now)).ToList(),
            calls.Where(c => c.Status == VideoCallStatus.NeedsReview).ToList(),
            calls.Where(c => c.IsUnresolved(now)).ToList(),
            await this.Allowed(Policies.VisitsBook), await this.Allowed(Policies.VisitsManage)));
    }

    [HttpGet("book")]
    [Authorize(Policy = Policies.VisitsBook)]
    public async Task<IActionResult> Book(string? prisonNumber, [FromServices] VideoCallLoader loader)
    {
        var form = new VideoBookForm { FromDate = clock.Today().AddDays(1) };
        if (string.IsNullOrWhiteSpace(prisonNumber))
        {
            return View(new BookModel(null, null, [], form, null));
        }
        var number = prisonNumber.Trim().ToUpperInvariant();
        var prisoner = await db.Prisoners.AsNoTracking().SingleOrDefaultAsync(p => p.PrisonNumber == number && p.Status == PrisonerStatus.Active);
        if (prisoner is null)
        {
            ModelState.AddModelError("prisonNumber", "No active prisoner here has that prison number");
            return View(new BookModel(prisonNumber, null, [], form, null));
        }
        return View(new BookModel(number, prisoner, await Approved(prisoner.Id), form, await AllowanceFor(prisoner, clock.Today(), loader)));
    }

    [HttpPost("book/{prisonerId:int}/slots")]
    [Authorize(Policy = Policies.VisitsBook)]
    public async Task<IActionResult> Slots(int prisonerId, VideoBookForm form, [FromServices] IValidator<VideoBookForm> validator, [FromServices] VideoSlotFinder finder,
        [FromServices] VideoCallLoader loader)
    {
        var prisoner = await db.Prisoners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == prisonerId && p.Status == PrisonerStatus.Active);
        if (prisoner is null)
        {
            return NotFound();
        }
        var approved = await Approved(prisoner.Id);
        if (!await validator.ValidateInto(form, ModelState) || !Known(form, approved))
        {
            return View(nameof(Book), new BookModel(prisoner.PrisonNumber, prisoner, approved, form, await AllowanceFor(prisoner, clock.Today(), loader)));
        }
        // The people rules, before offering times (each refusal names its rule; the final booking checks them all again).
        var people = await PeopleRefusals(prisoner, form, approved);
        if (people.Count > 0)
        {
            foreach (var r in people)
            {
                ModelState.AddModelError(nameof(form.ContactIds), r.Message);
            }
            return View(nameof(Book), new BookModel(prisoner.PrisonNumber, prisoner, approved, form, await AllowanceFor(prisoner, clock.Today(), loader)));
        }
        var participants = approved.Where(l => form.ContactIds.Contains(l.ContactId)).Select(l => l.Contact!).ToList();
        var options = await finder.Find(prisoner, participants, form.FromDate, form.ParsedBand, form.ParsedKind == VideoCallKind.Compassionate);
        var recorded = false;
        if (options.Count == 0)
        {
            // Unmet demand: the figure prisons need to argue for more slots (video.no_slot_requests).
            db.VideoCallDemands.Add(new VideoCallDemand
            {
                PrisonerId = prisoner.Id, Date = clock.Today(), Band = form.ParsedBand, At = clock.GetUtcNow(), UserId = db.CurrentUser.UserId,
            });
            await db.SaveChangesAsync();
            recorded = true;
        }
        return View(new SlotsModel(prisoner, form, participants, options, recorded, []));
    }

    [HttpPost("book/{prisonerId:int}")]
    [Authorize(Policy = Policies.VisitsBook)]
    public async Task<IActionResult> Book(int prisonerId, VideoBookForm form, [FromServices] IValidator<VideoBookForm> validator, [FromServices] BookVideoCallHandler handler,
        [FromServices] VideoSlotFinder finder, [FromServices] VideoCallLoader loader)
    {
        var prisoner = await db.Prisoners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == prisonerId && p.Status == PrisonerStatus.Active);
        if (prisoner is null)
        {
            return NotFound();
        }
        var approved = await Approved(prisoner.Id);
        if (!await validator.ValidateInto(form, ModelState) || !Known(form, approved))
        {
            return View(nameof(Book), new BookModel(prisoner.PrisonNumber, prisoner, approved, form, await AllowanceFor(prisoner, clock.Today(), loader)));
        }
        var participants = approved.Where(l => form.ContactIds.Contains(l.ContactId)).Select(l => l.Contact!).ToList();
        IReadOnlyList<Refusal> refusals;
        if (!form.TryParseSlot(out var sessionId, out var date))
        {
            refusals = [new Refusal(BookingRule.SessionRuns, "Choose a time from the list")];
        }
        else
        {
            var outcome = await handler.Handle(new VideoCallRequest(prisoner.Id, sessionId, date, form.ContactIds, form.MainCallerContactId, form.ParsedKind,
                form.ArrangedBy ?? ""));
            if (outcome.Booked is { } call)
            {
                TempData["Success"] = $"Video call booked. Reference {call.Reference}";
                return Redirect($"/visits/video/{call.Id}");
            }
            refusals = outcome.Problem is { } problem ? [new Refusal(BookingRule.SessionRuns, problem)] : outcome.Refusals;
        }
        foreach (var r in refusals)
        {
            ModelState.AddModelError(nameof(form.Slot), r.Message);
        }
        var options = await finder.Find(prisoner, participants, form.FromDate, form.ParsedBand, form.ParsedKind == VideoCallKind.Compassionate);
        return View(nameof(Slots), new SlotsModel(prisoner, form, participants, options, false, refusals));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id)
    {
        var call = await Calls().SingleOrDefaultAsync(c => c.Id == id);
        if (call is null)
        {
            return NotFound();
        }
        call.Participants = await Participants(call.Id).AsNoTracking().ToListAsync();
        ViewData["CanBook"] = await this.Allowed(Policies.VisitsBook);
        ViewData["Unresolved"] = call.IsUnresolved(clock.GetUtcNow());
        return View(call);
    }

    [HttpGet("{id:int}/record")]
    [Authorize(Policy = Policies.VisitsBook)]
    public async Task<IActionResult> Record(int id)
    {
        var call = await Calls().SingleOrDefaultAsync(c => c.Id == id);
        if (call is null)
        {
            return NotFound();
        }
        call.Participants = await Participants(call.Id).AsNoTracking().ToListAsync();
        var form = new VideoCallRecordForm
        {
            Outcome = call.Outcome?.ToString(), DeliveredMinutes = call.DeliveredMinutes, StartedLateMinutes = call.StartedLateMinutes,
            EndedEarly = call.EndedEarly?.ToString(), EndedEarlyDetail = call.EndedEarlyDetail, Dropped = call.Dropped, Buffering = call.Buffering,
            FrozenVideo = call.FrozenVideo, NoAudio = call.NoAudio, FamilyRating = call.FamilyRating,
            Participants = call.Participants.Select(p => new VideoCallRecordForm.ParticipantTimes
            {
                ContactId = p.ContactId, JoinedAt = p.JoinedAt?.ToString("HH:mm"), LeftAt = p.LeftAt?.ToString("HH:mm"),
            }).ToList(),
        };
        ViewData["Call"] = call;
        return View(form);
    }

    [HttpPost("{id:int}/record")]
    [Authorize(Policy = Policies.VisitsBook)]
    public async Task<IActionResult> Record(int id, VideoCallRecordForm form, [FromServices] IValidator<VideoCallRecordForm> validator,
        [FromServices] RecordVideoCallHandler handler)
    {
        var call = await db.VideoCalls.Include(c => c.Prisoner).Include(c => c.Resource).SingleOrDefaultAsync(c => c.Id == id);
        if (call is null)
        {
            return NotFound();
        }
        // Tracked: EF Core fixes the loaded participants up into call.Participants.
        await Participants(call.Id).LoadAsync();
        if (await validator.ValidateInto(form, ModelState))
        {
            var errors = await handler.Handle(call, form);
            if (errors.Count == 0)
            {
                TempData["Success"] = "Call recorded";
                return Redirect($"/visits/video/{call.Id}");
            }
            this.AddErrors(errors);
        }
        ViewData["Call"] = call;
        return View(form);
    }

    [HttpGet("prisoners/{prisonerId:int}")]
    public async Task<IActionResult> Prisoner(int prisonerId, [FromServices] VideoCallLoader loader) =>
        await PrisonerPage(prisonerId, loader, new VideoExtraForm { Month = VideoMonths.Offered(clock)[0] }, new VideoPriorityForm()) is { } page ? View(page) : NotFound();

    [HttpPost("prisoners/{prisonerId:int}/extra")]
    [Authorize(Policy = Policies.VisitsManage)]
    public async Task<IActionResult> GrantExtra(int prisonerId, [Bind(Prefix = "Extra")] VideoExtraForm form, [FromServices] IValidator<VideoExtraForm> validator,
        [FromServices] VideoCallLoader loader, [FromServices] FormSubmissions submissions)
    {
        var prisoner = await db.Prisoners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == prisonerId);
        if (prisoner is null)
        {
            return NotFound();
        }
        if (await submissions.Earlier(nameof(VideoCallExtra)) is not null)
        {
            return Redirect($"/visits/video/prisoners/{prisonerId}");
        }
        if (await validator.ValidateInto(form, ModelState, "Extra"))
        {
            await submissions.Once(nameof(VideoCallExtra), async () =>
            {
                var extra = new VideoCallExtra { PrisonerId = prisoner.Id, Month = form.Month!, Calls = form.Calls!.Value, Minutes = form.Minutes!.Value, Reason = form.Reason!.Trim() };
                db.VideoCallExtras.Add(extra);
                await db.SaveChangesAsync();
                return extra.Id;
            });
            TempData["Success"] = $"Wellbeing extra granted for {VideoMonths.Describe(form.Month!)}";
            return Redirect($"/visits/video/prisoners/{prisonerId}");
        }
        return View(nameof(Prisoner), await PrisonerPage(prisonerId, loader, form, new VideoPriorityForm()));
    }

    [HttpPost("prisoners/{prisonerId:int}/priority")]
    [Authorize(Policy = Policies.VisitsBook)]
    public async Task<IActionResult> AddPriority(int prisonerId, [Bind(Prefix = "Priority")] VideoPriorityForm form, [FromServices] IValidator<VideoPriorityForm> validator,
        [FromServices] VideoCallLoader loader, [FromServices] FormSubmissions submissions)
    {
        var prisoner = await db.Prisoners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == prisonerId);
        if (prisoner is null)
        {
            return NotFound();
        }
        if (await submissions.Earlier(nameof(VideoCallPriority)) is not null)
        {
            return Redirect($"/visits/video/prisoners/{prisonerId}");
        }
        if (await validator.ValidateInto(form, ModelState, "Priority"))
        {
            await submissions.Once(nameof(VideoCallPriority), async () =>
            {
                var priority = new VideoCallPriority { PrisonerId = prisoner.Id, Reason = Enum.Parse<VideoPriorityReason>(form.Reason!), Note = form.Note?.Trim() ?? "" };
                db.VideoCallPriorities.Add(priority);
                await db.SaveChangesAsync();
                return priority.Id;
            });
            TempData["Success"] = "Priority reason recorded";
            return Redirect($"/visits/video/prisoners/{prisonerId}");
        }
        return View(nameof(Prisoner), await PrisonerPage(prisonerId, loader, new VideoExtraForm { Month = VideoMonths.Offered(clock)[0] }, form));
    }

    /// <summary>Who to offer a free slot: prisoners with a priority reason first, then those with fewest calls this month.</summary>
    [HttpGet("offer")]
    public async Task<IActionResult> Offer()
    {
        var today = clock.Today();
        var first = new DateOnly(today.Year, today.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var priorities = await db.VideoCallPriorities.AsNoTracking().Where(p => !p.Removed).ToListAsync();
        var prioritised = priorities.Select(p => p.PrisonerId).Distinct().ToList();
        var counts = await db.VideoCalls.AsNoTracking().Where(c => c.Date >= first && c.Date <= last && c.Status != VideoCallStatus.Cancelled)
            .GroupBy(c => c.PrisonerId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var prisoners = await db.Prisoners.AsNoTracking().Where(p => p.Status == PrisonerStatus.Active)
            .OrderBy(p => prioritised.Contains(p.Id) ? 0 : 1).ThenBy(p => p.LastName).ThenBy(p => p.FirstName).Take(50).ToListAsync();
        var rows = prisoners
            .Select(p => new OfferRow(p, priorities.Where(x => x.PrisonerId == p.Id).Select(x => x.Reason).Distinct().ToList(), counts.GetValueOrDefault(p.Id)))
            .OrderBy(r => r.Reasons.Count == 0 ? 1 : 0).ThenBy(r => r.CallsThisMonth).ThenBy(r => r.Prisoner.LastName).ToList();
        ViewData["CanBook"] = await this.Allowed(Policies.VisitsBook);
        return View(rows);
    }

    /// <summary>
    /// A call's participants by the call's key. Loaded on their own rather than by Include: SQLite answered the Include (a
    /// left join to a filtered subquery) by reading every participant of every call (QueryPlanTests, decision 0026).
    /// </summary>
    private IQueryable<VideoCallParticipant> Participants(int callId) =>
        db.VideoCallParticipants.Include(p => p.Contact).Where(p => p.VideoCallId == callId).OrderBy(p => p.Id);

    private IQueryable<VideoCall> Calls() => db.VideoCalls.AsNoTracking().Include(c => c.Prisoner).Include(c => c.Resource);

    private async Task<List<PrisonerContact>> Approved(int prisonerId) =>
        await db.PrisonerContacts.AsNoTracking().Include(l => l.Contact)
            .Where(l => l.PrisonerId == prisonerId && l.Active && l.ApprovedVisitor).OrderBy(l => l.Contact!.LastName).ThenBy(l => l.Contact!.FirstName).ToListAsync();

    /// <summary>Every chosen contact is an approved visitor of this prisoner (an unknown id is an error on the field).</summary>
    private bool Known(VideoBookForm form, IReadOnlyList<PrisonerContact> approved)
    {
        if (form.ContactIds.All(id => approved.Any(l => l.ContactId == id)))
        {
            return true;
        }
        ModelState.AddModelError(nameof(form.ContactIds), "Select people from the list: only approved visitors of this prisoner can take part");
        return false;
    }

    private async Task<List<Refusal>> PeopleRefusals(Prisoner prisoner, VideoBookForm form, IReadOnlyList<PrisonerContact> approved)
    {
        var establishment = await db.Establishments.AsNoTracking().SingleAsync(e => e.Id == prisoner.EstablishmentId);
        var date = form.FromDate ?? clock.Today();
        var links = approved.Where(l => form.ContactIds.Contains(l.ContactId)).ToList();
        var ids = form.ContactIds;
        var linkIds = links.Select(l => l.Id).ToList();
        var restrictions = await db.Restrictions.AsNoTracking()
            .Where(x => x.EndedAt == null && (x.PrisonerId == prisoner.Id || (x.ContactId != null && ids.Contains(x.ContactId.Value))
                                              || (x.PrisonerContactId != null && linkIds.Contains(x.PrisonerContactId.Value))))
            .ToListAsync();
        var visitors = links.Select(l => new BookingVisitor(l.Contact!, l, restrictions.Where(x => x.ContactId == l.ContactId || x.PrisonerContactId == l.Id).ToList())).ToList();
        // The rules that do not depend on the time chosen: the slot, allowance and window are checked when booking.
        var context = new VideoBookingContext(establishment, prisoner, new VideoSession { DayOfWeek = date.DayOfWeek, Active = true, EstablishmentId = establishment.Id },
            date, visitors, form.MainCallerContactId, restrictions.Where(x => x.PrisonerId == prisoner.Id).ToList(), [], 0, [],
            new VideoAllowance(int.MaxValue, int.MaxValue, 0, 0), form.ParsedKind, date);
        return VideoCallRules.Decide(context)
            .Where(r => r.Rule is not (BookingRule.NoticeWindow or BookingRule.SessionRuns or BookingRule.Capacity or BookingRule.VideoAllowance)).ToList();
    }

    private async Task<VideoAllowance> AllowanceFor(Prisoner prisoner, DateOnly date, VideoCallLoader loader)
    {
        var establishment = await db.Establishments.AsNoTracking().SingleAsync(e => e.Id == prisoner.EstablishmentId);
        var month = VideoCallLoader.MonthOf(date);
        var first = new DateOnly(date.Year, date.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var extras = await db.VideoCallExtras.AsNoTracking().Where(x => x.PrisonerId == prisoner.Id && x.Month == month).ToListAsync();
        var calls = await db.VideoCalls.AsNoTracking().Where(c => c.PrisonerId == prisoner.Id && c.Date >= first && c.Date <= last).ToListAsync();
        return VideoAllowance.For(establishment, extras, await loader.OrdersExchanged(prisoner.Id, date), calls);
    }

    private async Task<PrisonerModel?> PrisonerPage(int prisonerId, VideoCallLoader loader, VideoExtraForm extra, VideoPriorityForm priority)
    {
        var prisoner = await db.Prisoners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == prisonerId);
        if (prisoner is null)
        {
            return null;
        }
        var today = clock.Today();
        var month = VideoCallLoader.MonthOf(today);
        var extras = await db.VideoCallExtras.AsNoTracking().Where(x => x.PrisonerId == prisonerId).OrderByDescending(x => x.Month).Take(24).ToListAsync();
        var priorities = await db.VideoCallPriorities.AsNoTracking().Where(x => x.PrisonerId == prisonerId && !x.Removed).ToListAsync();
        var calls = await Calls().Where(c => c.PrisonerId == prisonerId).OrderByDescending(c => c.Date).Take(30).ToListAsync();
        return new PrisonerModel(prisoner, await AllowanceFor(prisoner, today, loader), month, extras, priorities, calls,
            await loader.OrdersExchanged(prisonerId, today), await this.Allowed(Policies.VisitsBook), await this.Allowed(Policies.VisitsManage),
            extra, priority, VideoMonths.Offered(clock));
    }
}
