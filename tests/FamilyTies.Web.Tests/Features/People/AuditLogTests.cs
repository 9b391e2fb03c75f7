using FamilyTies.Domain.Auditing;
using FamilyTies.Testing;
using FamilyTies.Web.Tests.Infrastructure;

namespace FamilyTies.Web.Tests.Features.People;

[Collection("App")]
public sealed class AuditLogTests(AppFixture fixture)
{
    [Fact]
    public async Task The_family_lead_finds_changes_by_person_by_member_of_staff_and_by_date()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI", "Audittrail");
        using (var manager = await StaffClient.SignedIn(app, "visitsmanager.wymott"))
        {
            await manager.PostForm($"/prisoners/{prisoner.Id}/edit", $"/prisoners/{prisoner.Id}/edit",
                new Dictionary<string, string> { ["Location"] = "F-1-001" }, keepPrefilled: true);
        }
        using var lead = await StaffClient.SignedIn(app, "familylead.wymott");

        var byPerson = await lead.GetPage($"/audit?person={prisoner.PrisonNumber}");
        var rows = byPerson.QuerySelectorAll("[data-testid=audit] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("visitsmanager.wymott", rows[0]);
        Assert.Contains("Updated Prisoner", rows[0]);
        Assert.Contains("A-1-001 → F-1-001", rows[0]);
        Assert.Contains("Created Prisoner", rows[1]);

        var byUser = await lead.GetPage($"/audit?person=Audittrail&user=visitsmanager.wymott");
        Assert.Single(byUser.QuerySelectorAll("[data-testid=audit] tbody tr"));

        var today = TestClock.Today.ToString("d/M/yyyy");
        var dayAfterTomorrow = TestClock.Today.AddDays(2).ToString("d/M/yyyy");
        Assert.Equal(2, (await lead.GetPage($"/audit?person={prisoner.PrisonNumber}&from={today}")).QuerySelectorAll("[data-testid=audit] tbody tr").Length);
        Assert.Empty((await lead.GetPage($"/audit?person={prisoner.PrisonNumber}&from={dayAfterTomorrow}")).QuerySelectorAll("[data-testid=audit] tbody tr"));

        var bad = await lead.GetPage("/audit?from=31/2/2026");
        Assert.Equal(["From date must be a real date, like 1/11/2026"], bad.ErrorSummary());
    }

    [Fact]
    public async Task Another_establishment_s_changes_are_not_in_the_log()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var theirs = await PeopleTestData.Prisoner(app, "LHI", "Farawayaudit");
        using var lead = await StaffClient.SignedIn(app, "familylead.wymott");
        var page = await lead.GetPage($"/audit?person=Farawayaudit");
        Assert.Equal("0 entries", page.QuerySelector("[data-testid=result-count]")!.TextContent.Trim());
        Assert.DoesNotContain(theirs.PrisonNumber, page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task The_log_pages_newest_first_by_keyset_and_back_again()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI", "Auditpages");
        // 120 more entries about this prisoner, a minute apart in pairs (two entries at each instant: the id breaks the tie).
        await using (var db = app.Db(prisoner.EstablishmentId))
        {
            var start = TestClock.Now.AddDays(-2);
            for (var i = 0; i < 120; i++)
            {
                db.AuditEvents.Add(new AuditEvent
                {
                    OccurredAt = start.AddMinutes(i / 2), EstablishmentId = prisoner.EstablishmentId, EntityType = "Prisoner", EntityId = $"page-{i:D3}",
                    Action = "Updated", PrisonerId = prisoner.Id,
                });
            }
            await db.SaveChangesAsync();
        }
        using var lead = await StaffClient.SignedIn(app, "familylead.wymott");
        static List<string> Rows(AngleSharp.Html.Dom.IHtmlDocument page) =>
            page.QuerySelectorAll("[data-testid=audit] tbody tr").Select(r => r.Children[2].TextContent.Trim()).ToList();
        static string? Link(AngleSharp.Html.Dom.IHtmlDocument page, string rel) =>
            page.QuerySelector($"nav.govuk-pagination a[rel={rel}]")?.GetAttribute("href");

        var first = await lead.GetPage($"/audit?person={prisoner.PrisonNumber}");
        Assert.Equal("121 entries", first.QuerySelector("[data-testid=result-count]")!.TextContent.Trim());
        Assert.Null(Link(first, "prev"));
        var seen = new List<string>(Rows(first));
        var page = first;
        var pages = 1;
        AngleSharp.Html.Dom.IHtmlDocument? second = null;
        while (Link(page, "next") is { } older)
        {
            page = await lead.GetPage(older);
            second ??= page;
            seen.AddRange(Rows(page));
            pages++;
        }
        // Every entry once, newest first: the prisoner being created (now), then the 120 in reverse order of making.
        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(0, 120).Reverse().Select(i => $"Updated Prisoner page-{i:D3}").Prepend($"Created Prisoner {prisoner.Id}"), seen);

        // Back from the second page: the first page again.
        var back = await lead.GetPage(Link(second!, "prev")!);
        Assert.Equal(Rows(first), Rows(back));
        Assert.Null(Link(back, "prev"));

        // A cursor that is not one gives the newest page, not an error.
        Assert.Equal(Rows(first), Rows(await lead.GetPage($"/audit?person={prisoner.PrisonNumber}&older=nonsense-1")));
    }

}
