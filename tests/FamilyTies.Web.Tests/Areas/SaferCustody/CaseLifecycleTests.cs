using System.Net;
using AngleSharp.Dom;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Testing;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FamilyTies.Web.Tests.Areas.SaferCustody.SaferCustodyTestData;

namespace FamilyTies.Web.Tests.Areas.SaferCustody;

[Collection("App")]
public sealed class CaseLifecycleTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_plan_is_opened_and_closed_with_dates_and_then_leaves_the_lists_but_not_the_record(DatabaseKind kind)
    {
        var app = fixture.App(kind);
        var number = await NewPrisonNumber(app, "SHI");
        using var client = await StaffClient.SignedIn(app, "safercustody.stokeheath");
        var today = TestClock.Today;
        var opened = await client.PostForm("/safercustody/cases/new", "/safercustody/cases/new", new Dictionary<string, string>
        {
            ["PrisonNumber"] = number, ["Kind"] = "Csip", ["OpenedOn"] = today.AddDays(-3).ToString("d/M/yyyy", System.Globalization.CultureInfo.InvariantCulture), ["Reference"] = "CSIP-77",
        });
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var id = int.Parse(opened.Headers.Location!.ToString().Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);

        var shi = await app.EstablishmentId("SHI");
        await using var db = app.Db(shi);
        var prisonerId = await db.Prisoners.Where(p => p.PrisonNumber == number).Select(p => p.Id).SingleAsync();
        using var visits = await StaffClient.SignedIn(app, "visits.stokeheath");
        Assert.NotNull((await visits.GetPage($"/prisoners/{prisonerId}")).QuerySelector("[data-testid=safer-custody-flag]"));

        var url = $"/safercustody/cases/{id}/close";
        var tooEarly = await client.PostForm(url, url, new Dictionary<string, string> { ["ClosedOn"] = today.AddDays(-4).ToString("d/M/yyyy", System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal([$"The date closed must be on or after the date it was opened ({LondonTime.FormatDate(today.AddDays(-3))})"], (await StaffClient.Parse(tooEarly)).ErrorSummary());
        var future = await client.PostForm(url, url, new Dictionary<string, string> { ["ClosedOn"] = today.AddDays(2).ToString("d/M/yyyy", System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(["The date it was closed must be today or in the past"], (await StaffClient.Parse(future)).ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostForm(url, url, new Dictionary<string, string> { ["ClosedOn"] = today.ToString("d/M/yyyy", System.Globalization.CultureInfo.InvariantCulture) })).StatusCode);

        var safetyCase = await db.SafetyCases.AsNoTracking().SingleAsync(c => c.Id == id);
        Assert.Equal(today.AddDays(-3), safetyCase.OpenedOn);
        Assert.Equal(today, safetyCase.ClosedOn);
        Assert.True(await db.AuditEvents.AnyAsync(a => a.EntityType == nameof(SafetyCase) && a.EntityId == id.ToString() && a.Action == "Closed"));
        Assert.DoesNotContain(number, (await client.GetPage("/safercustody/cases")).QuerySelector("[data-testid=open-cases]")!.TextContent);
        Assert.DoesNotContain(number, (await client.GetPage("/safercustody/meeting")).QuerySelector("main")!.TextContent);
        Assert.Contains("CSIP-77", (await client.GetPage($"/safercustody/cases/{id}")).QuerySelector("main")!.TextContent);
        Assert.Null((await visits.GetPage($"/prisoners/{prisonerId}")).QuerySelector("[data-testid=safer-custody-flag]"));
    }
}
