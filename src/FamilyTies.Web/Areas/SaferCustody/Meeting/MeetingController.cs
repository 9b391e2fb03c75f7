using FamilyTies.Data;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Web.Areas.SaferCustody.Cases;
using FamilyTies.Web.Areas.SaferCustody.Shared;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FamilyTies.Web.Areas.SaferCustody.Meeting;

/// <summary>
/// The weekly safety intervention meeting: each prisoner on an open ACCT or CSIP, their family status and the
/// safer custody contacts about them in the last four weeks (no caller details). Printable. Each case and contact
/// shown is an audited read.
/// </summary>
[Area("SaferCustody")]
[Authorize(Policy = Policies.SaferCustody)]
[Route("safercustody/meeting")]
public sealed class MeetingController(FamilyTiesDbContext db, TimeProvider clock) : Controller
{
    public const int RecentDays = 28;

    public sealed record Model(IReadOnlyList<CaseRow> Cases, ILookup<int, ContactRow> RecentContacts, DateTimeOffset Now);

    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] OpenCasesHandler cases)
    {
        var now = clock.GetUtcNow();
        var open = await cases.Handle();
        var prisonerIds = open.Select(c => c.PrisonerId).Distinct().ToList();
        var since = now.AddDays(-RecentDays);
        var contacts = await ContactRows.LoadAsync(db, db.SaferCustodyContacts
            .Where(c => c.PrisonerId != null && prisonerIds.Contains(c.PrisonerId.Value) && c.ReceivedAt >= since));
        // The meeting pack is printed and handed round: every case and contact in it is an audited read.
        await SaferCustodyAudit.Reads(db, nameof(SafetyCase), open.Select(c => c.Id));
        await SaferCustodyAudit.Reads(db, nameof(SaferCustodyContact), contacts.Select(c => c.Id));
        return View(new Model(open.OrderBy(c => c.Location).ThenBy(c => c.PrisonerName).ToList(),
            contacts.OrderByDescending(c => c.ReceivedAt).ToLookup(c => c.PrisonerId!.Value), now));
    }
}
