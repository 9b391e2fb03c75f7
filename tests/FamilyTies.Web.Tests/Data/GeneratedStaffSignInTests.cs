using FamilyTies.Data.Generation;
using FamilyTies.Domain;
using FamilyTies.Testing;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Data;

/// <summary>
/// A staff account the generator writes in bulk (<see cref="StaffGenerator"/>: its own rows, a hash made once a run)
/// signs in through the real app and works in its role at its establishment, as an account made through the app does.
/// </summary>
[Collection("App")]
public sealed class GeneratedStaffSignInTests(AppFixture fixture)
{
    [Fact]
    public async Task A_generated_staff_account_signs_in_and_sees_its_establishment()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var littlehey = await app.EstablishmentId("LHI");
        var name = TestUsers.NewUserName("generated");
        await using (var db = app.Db(littlehey))
        {
            await db.Database.OpenConnectionAsync();
            using var writer = new BulkWriter(db);
            StaffGenerator.WriteAccount(writer, littlehey, name, Roles.VisitsStaff, "Generated Visits Officer", StaffGenerator.HashPassword(FamilyTiesApp.Password), TestClock.Now);
            writer.Flush();
        }

        using var client = await StaffClient.SignedIn(app, name);
        var prisoners = await client.GetPage("/prisoners");
        Assert.Contains("Littlehey", prisoners.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Generated Visits Officer", prisoners.Body!.TextContent, StringComparison.Ordinal);
    }
}
