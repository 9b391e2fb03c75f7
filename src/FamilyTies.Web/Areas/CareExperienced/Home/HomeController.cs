using FamilyTies.Web.Areas.CareExperienced.Register;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FamilyTies.Web.Areas.CareExperienced.Home;

/// <summary>The care-experienced landing page: the month's figures, the register, overdue adviser contacts.</summary>
[Area("CareExperienced")]
[Authorize(Policy = Policies.CareExperienced)]
public sealed class HomeController(MeasureFiguresHandler measures, CareRegisterLoader loader) : Controller
{
    public static readonly string[] Keys =
        ["careexperienced.registered", "careexperienced.pa_contact_due_overdue", "careexperienced.visit_last_month_pct", "others.visit_last_month_pct",
         "careexperienced.dropin_attended"];

    public sealed record IndexModel(IReadOnlyDictionary<string, FamilyTies.Data.Measures.MeasureValue> Figures, IReadOnlyList<RegisterRow> Register, int FlaggedNotRegistered);

    public async Task<IActionResult> Index() =>
        View(new IndexModel(await measures.ThisMonth(Keys), await loader.Register(), await loader.FlaggedNotRegistered()));
}
