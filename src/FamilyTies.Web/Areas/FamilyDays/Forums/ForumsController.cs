using FamilyTies.Data;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.FamilyDays.Forums;

/// <summary>Family forums and their "you said, we did" actions: family services record them; the family lead reads them.</summary>
[Area("FamilyDays")]
[Authorize(Policy = Policies.FamilyDays)]
[Route("familydays/forums")]
public sealed class ForumsController(FamilyTiesDbContext db, TimeProvider clock) : Controller
{
    public sealed record IndexModel(IReadOnlyList<Forum> Forums, DateOnly NextDue, bool Overdue, int Overdues, bool CanChange, DateOnly Today);

    public sealed record DetailsModel(Forum Forum, bool CanChange, DateOnly Today, ForumActionForm Add);

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var today = clock.Today();
        var forums = await db.Forums.AsNoTracking().Include(f => f.Actions).OrderByDescending(f => f.Date).ToListAsync();
        var interval = await db.Establishments.Where(e => e.Id == db.CurrentEstablishmentId).Select(e => e.ForumIntervalMaxMonths).SingleAsync();
        var last = forums.Where(f => f.Date <= today).Select(f => (DateOnly?)f.Date).Max();
        var due = Forum.NextDue(last, interval, today);
        return View(new IndexModel(forums, due, last is null || due < today, forums.SelectMany(f => f.Actions).Count(a => a.IsOverdue(today)),
            await this.Allowed(Policies.FamilyDaysChange), today));
    }

    [HttpGet("new")]
    [Authorize(Policy = Policies.FamilyDaysChange)]
    public IActionResult Create() => View(new ForumForm());

    [HttpPost("new")]
    [Authorize(Policy = Policies.FamilyDaysChange)]
    public async Task<IActionResult> Create(ForumForm form, [FromServices] IValidator<ForumForm> validator, [FromServices] RecordForumHandler handler,
        [FromServices] FormSubmissions submissions)
    {
        if (await submissions.Earlier(nameof(Forum)) is { } earlier)
        {
            return Redirect($"/familydays/forums/{earlier}");
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            var sent = await submissions.Once(nameof(Forum), () => handler.Handle(form));
            if (sent.Id is { } id)
            {
                TempData["Success"] = "Forum recorded. Add what families said";
                return Redirect($"/familydays/forums/{id}");
            }
        }
        return View(form);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id)
    {
        var forum = await Load(id);
        return forum is null ? NotFound() : View(new DetailsModel(forum, await this.Allowed(Policies.FamilyDaysChange), clock.Today(), new ForumActionForm()));
    }

    [HttpPost("{id:int}/actions")]
    [Authorize(Policy = Policies.FamilyDaysChange)]
    public async Task<IActionResult> AddAction(int id, [Bind(Prefix = "Add")] ForumActionForm form, [FromServices] IValidator<ForumActionForm> validator,
        [FromServices] ForumActionHandler handler)
    {
        var forum = await Load(id);
        if (forum is null)
        {
            return NotFound();
        }
        if (await validator.ValidateInto(form, ModelState, "Add"))
        {
            await handler.Add(id, form);
            TempData["Success"] = "Action added";
            return Redirect($"/familydays/forums/{id}");
        }
        return View("Details", new DetailsModel(forum, true, clock.Today(), form));
    }

    [HttpPost("actions/{id:int}")]
    [Authorize(Policy = Policies.FamilyDaysChange)]
    public async Task<IActionResult> UpdateAction(int id, ActionStatusForm form, [FromServices] IValidator<ActionStatusForm> validator,
        [FromServices] ForumActionHandler handler)
    {
        var action = await db.ForumActions.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id);
        if (action is null)
        {
            return NotFound();
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            await handler.Update(id, form);
            TempData["Success"] = "Action updated";
            return Redirect($"/familydays/forums/{action.ForumId}");
        }
        var forum = (await Load(action.ForumId))!;
        ViewData["FailedAction"] = id;
        return View("Details", new DetailsModel(forum, true, clock.Today(), new ForumActionForm()));
    }

    /// <summary>"You said, we did" for the visits hall: every action of the last twelve months, to print.</summary>
    [HttpGet("you-said-we-did")]
    public async Task<IActionResult> Print()
    {
        var since = clock.Today().AddMonths(-12);
        var actions = await db.ForumActions.AsNoTracking().Include(a => a.Forum).Where(a => a.Forum!.Date >= since)
            .OrderByDescending(a => a.Forum!.Date).ThenBy(a => a.Id).ToListAsync();
        return View(actions);
    }

    private Task<Forum?> Load(int id) => db.Forums.AsNoTracking().Include(f => f.Actions).SingleOrDefaultAsync(f => f.Id == id);
}
