using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.VideoCalls;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.VideoCalls;

/// <summary>Video booths and laptops, their weekly sessions and blocks: the visits manager changes them, others read.</summary>
[Area("Visits")]
[Authorize(Policy = Policies.Visits)]
[Route("visits/video/resources")]
public sealed class VideoResourcesController(FamilyTiesDbContext db, TimeProvider clock) : Controller
{
    public sealed record IndexModel(IReadOnlyList<VideoResource> Resources, IReadOnlyList<VideoBlock> Blocks, bool CanManage);

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var today = clock.Today();
        var resources = await db.VideoResources.AsNoTracking().Include(r => r.Sessions.Where(s => s.Active)).OrderBy(r => r.Location).ThenBy(r => r.Name).ToListAsync();
        var blocks = await db.VideoBlocks.AsNoTracking().Include(b => b.Resource).Where(b => b.ToDate >= today).OrderBy(b => b.FromDate).ToListAsync();
        return View(Path("Index"), new IndexModel(resources, blocks, await this.Allowed(Policies.VisitsManage)));
    }

    [HttpGet("new")]
    [Authorize(Policy = Policies.VisitsManage)]
    public IActionResult Create() => View(Path("Create"), new VideoResourceForm { Kind = nameof(VideoResourceKind.Booth) });

    [HttpPost("new")]
    [Authorize(Policy = Policies.VisitsManage)]
    public async Task<IActionResult> Create(VideoResourceForm form, [FromServices] IValidator<VideoResourceForm> validator, [FromServices] FormSubmissions submissions)
    {
        if (await submissions.Earlier(nameof(VideoResource)) is not null)
        {
            return Redirect("/visits/video/resources");
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            await submissions.Once(nameof(VideoResource), async () =>
            {
                var resource = new VideoResource { Name = form.Name!.Trim(), Kind = Enum.Parse<VideoResourceKind>(form.Kind!), Location = form.Location!.Trim() };
                db.VideoResources.Add(resource);
                await db.SaveChangesAsync();
                return resource.Id;
            });
            TempData["Success"] = $"{form.Name!.Trim()} added";
            return Redirect("/visits/video/resources");
        }
        return View(Path("Create"), form);
    }

    [HttpGet("{id:int}/sessions/new")]
    [Authorize(Policy = Policies.VisitsManage)]
    public async Task<IActionResult> AddSession(int id)
    {
        var resource = await db.VideoResources.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id);
        if (resource is null)
        {
            return NotFound();
        }
        ViewData["Resource"] = resource;
        return View(Path("AddSession"), new VideoSessionForm { DayOfWeek = nameof(DayOfWeek.Monday) });
    }

    [HttpPost("{id:int}/sessions/new")]
    [Authorize(Policy = Policies.VisitsManage)]
    public async Task<IActionResult> AddSession(int id, VideoSessionForm form, [FromServices] IValidator<VideoSessionForm> validator, [FromServices] FormSubmissions submissions)
    {
        var resource = await db.VideoResources.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id);
        if (resource is null)
        {
            return NotFound();
        }
        if (await submissions.Earlier(nameof(VideoSession)) is not null)
        {
            return Redirect("/visits/video/resources");
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            var day = Enum.Parse<DayOfWeek>(form.DayOfWeek!);
            // The validator has read both times.
            var start = LondonTime.TryParseTimeOfDay(form.StartTime, out var s) ? s : TimeOnly.MinValue;
            var end = LondonTime.TryParseTimeOfDay(form.EndTime, out var e) ? e : TimeOnly.MinValue;
            var overlaps = await db.VideoSessions.AnyAsync(s => s.VideoResourceId == id && s.Active && s.DayOfWeek == day && s.StartTime < end && start < s.EndTime);
            if (overlaps)
            {
                ModelState.AddModelError(nameof(form.StartTime), $"{resource.Name} already has a session at that time on {LondonTime.FormatDay(day)}");
            }
            else
            {
                await submissions.Once(nameof(VideoSession), async () =>
                {
                    var session = new VideoSession { VideoResourceId = id, DayOfWeek = day, StartTime = start, EndTime = end, Locations = form.Locations?.Trim() ?? "" };
                    db.VideoSessions.Add(session);
                    await db.SaveChangesAsync();
                    return session.Id;
                });
                TempData["Success"] = $"Session added to {resource.Name}";
                return Redirect("/visits/video/resources");
            }
        }
        ViewData["Resource"] = resource;
        return View(Path("AddSession"), form);
    }

    [HttpGet("blocks/new")]
    [Authorize(Policy = Policies.VisitsManage)]
    public async Task<IActionResult> Block() => View(Path("Block"), await WithOptions(new VideoBlockForm()));

    [HttpPost("blocks/new")]
    [Authorize(Policy = Policies.VisitsManage)]
    public async Task<IActionResult> Block(VideoBlockForm form, [FromServices] IValidator<VideoBlockForm> validator, [FromServices] BlockVideoHandler handler,
        [FromServices] FormSubmissions submissions)
    {
        if (await submissions.Earlier(nameof(VideoBlock)) is not null)
        {
            return Redirect("/visits/video/resources");
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            IReadOnlyDictionary<string, string> errors = new Dictionary<string, string>();
            var flagged = 0;
            await submissions.Once(nameof(VideoBlock), async () =>
            {
                var result = await handler.Handle(form);
                errors = result.Errors;
                flagged = result.Flagged;
                return result.Id;
            });
            if (errors.Count == 0)
            {
                TempData["Success"] = flagged switch
                {
                    0 => "Blocked. No booked calls were affected",
                    1 => "Blocked. 1 booked call moved to needs review",
                    _ => $"Blocked. {flagged} booked calls moved to needs review",
                };
                return Redirect("/visits/video/resources");
            }
            this.AddErrors(errors);
        }
        return View(Path("Block"), await WithOptions(form));
    }

    /// <summary>The views live with the rest of video calls, in Areas/Visits/VideoCalls (Resources*.cshtml).</summary>
    private static string Path(string name) => $"/Areas/Visits/VideoCalls/Resources{name}.cshtml";

    private async Task<VideoBlockForm> WithOptions(VideoBlockForm form)
    {
        ViewData["Resources"] = (await db.VideoResources.AsNoTracking().Where(r => r.Active).OrderBy(r => r.Name).ToListAsync())
            .Select(r => new SelectListItem($"{r.Name} ({r.Location})", r.Id.ToString())).ToList();
        return form;
    }
}
