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
    public static DateOnly Today(this TimeProvider clock) => FamilyTies.Domain.Common.LondonTime.Today(clock);
}
