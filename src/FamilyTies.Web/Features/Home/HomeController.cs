using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FamilyTies.Web.Features.Home;

public sealed class HomeController(IAuthorizationService authorization) : Controller
{
    /// <summary>The start page: the sections this user may use.</summary>
    [HttpGet("/")]
    public async Task<IActionResult> Index() => View(await Infrastructure.Navigation.ForAsync(authorization, User));
}
