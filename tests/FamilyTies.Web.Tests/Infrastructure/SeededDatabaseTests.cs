using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace FamilyTies.Web.Tests.Infrastructure;

/// <summary>
/// Seeded apps start on copies of one seeded database, each its own. The start-up time is printed (not asserted:
/// speed is measured, never a test's pass mark), as "seeded app answered in N s".
/// </summary>
public sealed class SeededDatabaseTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Each_seeded_app_has_the_demo_data_on_a_copy_of_its_own()
    {
        var first = Stopwatch.StartNew();
        using var one = new FamilyTiesApp();
        using (var client = StaffClient.Anonymous(one))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/health")).StatusCode);
        }
        output.WriteLine($"first seeded app (may include making the run's seeded database) answered in {first.Elapsed.TotalSeconds:0.00} s");

        var second = Stopwatch.StartNew();
        using var two = new FamilyTiesApp();
        using (var client = StaffClient.Anonymous(two))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/health")).StatusCode);
        }
        output.WriteLine($"seeded app answered in {second.Elapsed.TotalSeconds:0.00} s from host start");

        await using (var db = one.Db())
        {
            Assert.True(await db.Users.AnyAsync(u => u.UserName == "visits.wymott"));
            var wymott = await db.Establishments.SingleAsync(e => e.Code == "WYI");
            wymott.Name = "Wymott renamed in one app only";
            await db.SaveChangesAsync();
        }
        await using (var db = two.Db())
        {
            Assert.True(await db.Users.AnyAsync(u => u.UserName == "visits.wymott"));
            Assert.Equal(600, await db.Prisoners.IgnoreQueryFilters().CountAsync());
            Assert.NotEqual("Wymott renamed in one app only", (await db.Establishments.SingleAsync(e => e.Code == "WYI")).Name);
        }
        using var signedIn = await StaffClient.SignedIn(two, "visits.wymott");
        Assert.Equal(HttpStatusCode.OK, (await signedIn.Http.GetAsync("/prisoners")).StatusCode);
    }
}
