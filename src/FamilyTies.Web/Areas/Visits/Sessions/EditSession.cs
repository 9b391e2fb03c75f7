using FamilyTies.Data;
using FamilyTies.Data.Visits;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Areas.Visits.Shared;
using FamilyTies.Web.Infrastructure;

namespace FamilyTies.Web.Areas.Visits.Sessions;

/// <summary>
/// Changes a session template. Visits already booked that the changed session no longer fits move to needs review
/// in the same save.
/// </summary>
public sealed class EditSessionHandler(FamilyTiesDbContext db, VisitReviews reviews, TimeProvider clock)
{
    public async Task<SessionResult> Handle(SessionTemplate session, SessionForm form)
    {
        form.ApplyTo(session);
        var errors = await SessionChecks.Errors(db, session);
        if (errors.Count > 0)
        {
            return new SessionResult(null, errors);
        }
        var flagged = await SessionChecks.FlagVisitsThatNoLongerFit(db, reviews, session, clock.Today(),
            $"The {session.Name} session changed: it now runs {SessionFormat.Day(session.DayOfWeek)}s {SessionFormat.Times(session)}");
        await db.SaveChangesAsync();
        return new SessionResult(session, errors, flagged);
    }
}
