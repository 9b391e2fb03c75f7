using FamilyTies.Data;
using FamilyTies.Domain.Visits;

namespace FamilyTies.Web.Areas.Visits.Sessions;

/// <summary>Adds a session template (form and validator: <see cref="SessionForm"/>).</summary>
public sealed class AddSessionHandler(FamilyTiesDbContext db)
{
    public async Task<SessionResult> Handle(SessionForm form)
    {
        var session = new SessionTemplate();
        form.ApplyTo(session);
        var errors = await SessionChecks.Errors(db, session);
        if (errors.Count > 0)
        {
            return new SessionResult(null, errors);
        }
        db.SessionTemplates.Add(session);
        await db.SaveChangesAsync();
        return new SessionResult(session, errors);
    }
}
