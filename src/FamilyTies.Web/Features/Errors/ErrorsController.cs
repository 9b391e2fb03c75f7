using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace FamilyTies.Web.Features.Errors;

/// <summary>Friendly pages for 404, 403 and 500. Never shows exception details.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorsController(ILogger<ErrorsController> logger) : Controller
{
    [Route("/error/{code:int}")]
    public IActionResult Show()
    {
        // Read from the route, not by model binding: binding would also read the request's form, and a form that
        // cannot be read (the reason for many a 400) would then turn the page into a 404.
        var code = int.TryParse(RouteData.Values["code"]?.ToString(), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : 404;
        if (code == 500 && HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { } failure)
        {
            logger.LogError(failure.Error, "Unhandled error on {Path}", failure.Path);
        }
        var status = code is >= 400 and < 600 ? code : 404;
        Response.StatusCode = status;
        return View(status switch
        {
            403 => "Forbidden",
            404 => "NotFound",
            >= 500 => "ServerError",
            _ => "BadRequest",
        });
    }
}
