using System.Net;
using FamilyTies.Domain;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FamilyTies.Web.Tests.Areas.FamilyDays.FamilyDaysTestData;

namespace FamilyTies.Web.Tests.Areas.FamilyDays;

/// <summary>Family forums and "you said, we did" through the real app.</summary>
[Collection("App")]
public sealed class ForumTests(AppFixture fixture)
{
    private FamilyTiesApp App => fixture.App(DatabaseKind.Sqlite);

    [Fact]
    public async Task A_forum_action_past_its_due_date_shows_overdue_until_done_and_the_printable_page_says_what_was_done()
    {
        using var services = await TestUsers.SignedInAs(App, Roles.FamilyServices);
        var topics = "Forum test " + Guid.NewGuid().ToString("N")[..6];
        var created = await services.PostForm("/familydays/forums/new", "/familydays/forums/new",
        [
            new("Date", Input(Today.AddDays(-20))), new("Format", "Online"), new("ChairedBy", "Deputy governor"), new("FamiliesAttended", "14"),
            new("PrisonersAttended", "11"), new("Topics", topics),
        ]);
        var forumId = IdFrom(created);
        var said = "Visits start late " + Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(HttpStatusCode.Redirect, (await services.PostForm($"/familydays/forums/{forumId}", $"/familydays/forums/{forumId}/actions",
            [new("Add.YouSaid", said), new("Add.Owner", "Head of visits"), new("Add.DueDate", Input(Today.AddDays(-1)))])).StatusCode);
        var page = await services.GetPage($"/familydays/forums/{forumId}");
        Assert.Contains("Overdue", page.QuerySelector("[data-testid=action]")!.TextContent);

        await using var db = App.Db(await App.EstablishmentId("WYI"));
        var action = await db.ForumActions.SingleAsync(a => a.ForumId == forumId);
        var refused = await services.PostFormOn(page, $"/familydays/forums/actions/{action.Id}", [new("Status", "Done"), new("WeDid", "")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Enter what was done", (await StaffClient.Parse(refused)).ErrorSummary());

        Assert.Equal(HttpStatusCode.Redirect, (await services.PostFormOn(page, $"/familydays/forums/actions/{action.Id}",
            [new("Status", "Done"), new("WeDid", "Officers unlock the hall 15 minutes earlier")])).StatusCode);
        page = await services.GetPage($"/familydays/forums/{forumId}");
        Assert.DoesNotContain("Overdue", page.QuerySelector("[data-testid=action]")!.TextContent);
        await using var after = App.Db(await App.EstablishmentId("WYI"));
        Assert.Equal(Today, (await after.ForumActions.SingleAsync(a => a.Id == action.Id)).DoneOn);

        var print = await services.GetPage("/familydays/forums/you-said-we-did");
        var row = print.QuerySelectorAll("[data-testid=you-said-we-did] tbody tr").Single(r => r.TextContent.Contains(said));
        Assert.Contains("Officers unlock the hall 15 minutes earlier", row.TextContent);
    }

    [Fact]
    public async Task The_family_lead_reads_forums_but_cannot_record_them_and_another_establishments_forum_is_not_found()
    {
        using var lead = await TestUsers.SignedInAs(App, Roles.FamilyLead);
        Assert.Equal(HttpStatusCode.OK, (await lead.Http.GetAsync("/familydays/forums")).StatusCode);
        Assert.Null((await lead.GetPage("/familydays/forums")).QuerySelector("a[href='/familydays/forums/new']"));
        Assert.Contains("/error/403", (await lead.Http.GetAsync("/familydays/forums/new")).Headers.Location!.ToString());
        await using var db = App.Db(await App.EstablishmentId("SHI"));
        var forum = new Forum { Date = Today.AddDays(-5), ChairedBy = "Governor", Topics = "Elsewhere" };
        db.Forums.Add(forum);
        await db.SaveChangesAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await lead.Http.GetAsync($"/familydays/forums/{forum.Id}")).StatusCode);
    }
}
