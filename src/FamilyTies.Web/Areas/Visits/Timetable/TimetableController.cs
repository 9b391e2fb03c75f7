using FamilyTies.Domain.Common;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FamilyTies.Web.Areas.Visits.Timetable;

/// <summary>The week at a glance, for everyone in visits; the visits manager can block from it.</summary>
[Area("Visits")]
[Authorize(Policy = Policies.Visits)]
[Route("visits/timetable")]
public sealed class TimetableController(TimeProvider clock) : Controller
{
    /// <param name="week">
    /// Any date in the week to show (27/3/2026 or 2026-03-27); this week when absent or not a date, and this week with
    /// a message when the week lies outside the years the timetable shows.
    /// </param>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? week, [FromServices] TimetableWeekHandler handler)
    {
        var today = clock.Today();
        var monday = SessionTimetable.WeekStarting(LondonTime.TryParseDate(week, out var chosen) ? chosen : today);
        if (!SessionTimetable.TimetableShows(monday))
        {
            ModelState.AddModelError("", $"Enter a week between {LondonTime.FormatDate(SessionTimetable.FirstTimetableDate)} and "
                                         + $"{LondonTime.FormatDate(SessionTimetable.LastTimetableDate)}: this week is shown instead");
            monday = SessionTimetable.WeekStarting(today);
        }
        return View(await handler.Handle(monday, today, await this.Allowed(Policies.VisitsManage)));
    }
}
