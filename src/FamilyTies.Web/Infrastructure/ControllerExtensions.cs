using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FamilyTies.Web.Infrastructure;

public static class ControllerExtensions
{
    /// <summary>Copies a handler's field errors into ModelState.</summary>
    public static void AddErrors(this Controller controller, IReadOnlyDictionary<string, string> errors)
    {
        foreach (var (field, message) in errors)
        {
            controller.ModelState.AddModelError(field, message);
        }
    }

    public static async Task<bool> Allowed(this Controller controller, string policy) =>
        (await controller.HttpContext.RequestServices.GetRequiredService<IAuthorizationService>()
            .AuthorizeAsync(controller.User, policy)).Succeeded;

    /// <summary>Today in the prison's time zone.</summary>
    public static DateOnly Today(this TimeProvider clock) => FamilyTies.Domain.Common.PrisonTime.Today(clock);
}

/// <summary>Prison-local dates and times are Europe/London.</summary>
public static class LondonTime
{
    public static TimeZoneInfo Zone => FamilyTies.Domain.Common.PrisonTime.Zone;

    public static DateTimeOffset Now(TimeProvider clock) => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone);

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static string Format(DateTimeOffset instant) => ToLocal(instant).ToString("d MMMM yyyy, h:mmtt", System.Globalization.CultureInfo.GetCultureInfo("en-GB")).Replace("AM", "am").Replace("PM", "pm");
}
