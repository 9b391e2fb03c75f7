using FamilyTies.Data;
using FamilyTies.Data.Visits;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.Sessions;

/// <summary>
/// Switches a session off (it is never deleted: slots, visits and the audit log point at it) or back on.
/// Visits already booked into it from today move to needs review.
/// </summary>
public sealed class DeactivateSessionHandler(FamilyTiesDbContext db, VisitReviews reviews, TimeProvider clock)
{
    public Task<int> BookedFromToday(SessionTemplate session)
    {
        var today = clock.Today();
        return db.Visits.CountAsync(v => v.Status == VisitStatus.Booked && v.Date >= today && v.SessionSlot!.SessionTemplateId == session.Id);
    }

    public async Task<int> Deactivate(SessionTemplate session)
    {
        session.Active = false;
        var flagged = await SessionChecks.FlagVisitsThatNoLongerFit(db, reviews, session, clock.Today(),
            $"The {session.Name} session has been withdrawn");
        await db.SaveChangesAsync();
        return flagged;
    }

    public async Task<SessionResult> Reactivate(SessionTemplate session)
    {
        session.Active = true;
        var errors = await SessionChecks.Errors(db, session);
        if (errors.Count > 0)
        {
            return new SessionResult(null, errors);
        }
        await db.SaveChangesAsync();
        return new SessionResult(session, errors);
    }
}
