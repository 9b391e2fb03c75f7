using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Data;

/// <summary>Demo usernames come from a fixed slug per demo establishment, never from its editable name (issue 15, section 2.4).</summary>
public sealed class DemoDataTests
{
    [Fact]
    public async Task The_app_starts_and_seeds_again_after_an_establishment_is_renamed_with_any_characters()
    {
        using var app = new FamilyTiesApp();
        await using (var db = app.Db())
        {
            var wymott = await db.Establishments.SingleAsync(e => e.Code == "WYI");
            wymott.Name = "Wymott (HMP) & YOI";
            await db.SaveChangesAsync();
        }
        List<string> Users()
        {
            using var db = app.Db();
            return db.Users.Select(u => u.UserName!).OrderBy(n => n).ToList();
        }
        var before = Users();
        Assert.Contains("visits.wymott", before);

        // A second start on the same database runs the migrations and the demo seeder again.
        await using var restarted = app.WithWebHostBuilder(_ => { });
        _ = restarted.Server;
        using var client = await StaffClient.SignedIn(restarted, "visits.wymott");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.Http.GetAsync("/prisoners")).StatusCode);
        Assert.Equal(before, Users());
    }
}
