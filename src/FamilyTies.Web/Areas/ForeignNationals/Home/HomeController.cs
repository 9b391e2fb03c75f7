using FamilyTies.Web.Areas.ForeignNationals.Records;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FamilyTies.Web.Areas.ForeignNationals.Home;

/// <summary>The foreign nationals landing page: the month's figures and the foreign nationals on the roll, by the one rule.</summary>
[Area("ForeignNationals")]
[Authorize(Policy = Policies.ForeignNationals)]
public sealed class HomeController(MeasureFiguresHandler measures, ForeignNationalLoader loader) : Controller
{
    public static readonly string[] Keys =
        ["foreignnationals.count", "foreignnationals.contact_90d_pct", "others.contact_90d_pct", "foreignnationals.interpreter_requests_met_pct", "needs.interpreter_needed_pct"];

    public sealed record IndexModel(IReadOnlyDictionary<string, FamilyTies.Data.Measures.MeasureValue> Figures, IReadOnlyList<ForeignNationalRow> Prisoners, int NotRecorded);

    public async Task<IActionResult> Index() =>
        View(new IndexModel(await measures.ThisMonth(Keys), await loader.OnRoll(), await loader.NationalityNotRecorded()));
}
