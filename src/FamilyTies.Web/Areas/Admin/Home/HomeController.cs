using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FamilyTies.Web.Areas.Admin.Home;

[Area("Admin")]
[Authorize(Policy = Policies.Admin)]
public sealed class HomeController : Controller
{
    public IActionResult Index() => View();
}
