using FamilyTies.Data;
using FamilyTies.Domain.FamilyDays;

namespace FamilyTies.Web.Areas.FamilyDays.Applications;

/// <summary>Adds a line to an application's history: every state change is recorded with who made it and when.</summary>
public static class ApplicationEvents
{
    public static void Add(FamilyTiesDbContext db, FamilyDayApplication application, ApplicationEventType type, string detail) =>
        application.Events.Add(new FamilyDayApplicationEvent
        {
            At = db.Clock.GetUtcNow(), UserId = db.CurrentUser.UserId, Type = type, Detail = detail.Length > 1000 ? detail[..1000] : detail,
        });
}
