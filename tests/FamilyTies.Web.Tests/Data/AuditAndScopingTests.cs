using System.Text.Json;
using FamilyTies.Domain.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Data;

[Collection("App")]
public sealed class AuditAndScopingTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_change_is_stamped_and_audited_with_old_and_new_values(DatabaseKind kind)
    {
        var app = fixture.App(kind);
        var wymott = await app.EstablishmentId("WYI");
        var own = await FamilyTies.Web.Tests.Features.People.PeopleTestData.Prisoner(app, "WYI", "Stampedaudit");
        int id;
        string oldLocation;
        await using (var db = app.Db(wymott))
        {
            var prisoner = await db.Prisoners.SingleAsync(p => p.Id == own.Id);
            id = prisoner.Id;
            oldLocation = prisoner.Location;
            prisoner.Location = "SEG-1-001";
            await db.SaveChangesAsync();
        }

        await using (var db = app.Db(wymott))
        {
            var prisoner = await db.Prisoners.SingleAsync(p => p.Id == id);
            Assert.Equal("system", prisoner.UpdatedBy);
            Assert.NotNull(prisoner.UpdatedAt);
            var audit = await db.AuditEvents
                .Where(a => a.EntityType == nameof(Prisoner) && a.EntityId == id.ToString() && a.Action == "Updated")
                .OrderByDescending(a => a.Id).FirstAsync();
            Assert.Equal(wymott, audit.EstablishmentId);
            using var changes = JsonDocument.Parse(audit.Changes!);
            var location = changes.RootElement.GetProperty("Location");
            Assert.Equal(oldLocation, location.GetProperty("old").GetString());
            Assert.Equal("SEG-1-001", location.GetProperty("new").GetString());
            Assert.Single(changes.RootElement.EnumerateObject());
        }
    }

    [Fact]
    public async Task A_new_row_takes_the_current_establishment_and_its_creation_is_audited()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var littlehey = await app.EstablishmentId("LHI");
        await using var db = app.Db(littlehey);
        var prisoner = new Prisoner { PrisonNumber = "Z9999ZZ", FirstName = "Test", LastName = "Arrival", DateOfBirth = new DateOnly(1990, 1, 1) };
        db.Prisoners.Add(prisoner);
        await db.SaveChangesAsync();

        Assert.Equal(littlehey, prisoner.EstablishmentId);
        Assert.True(await db.AuditEvents.AnyAsync(a => a.EntityType == nameof(Prisoner) && a.EntityId == prisoner.Id.ToString() && a.Action == "Created"));
    }

    [Fact]
    public async Task Queries_see_only_the_current_establishment_and_changes_elsewhere_are_refused()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var wymott = await app.EstablishmentId("WYI");
        var littlehey = await app.EstablishmentId("LHI");

        await using var db = app.Db(wymott);
        Assert.True(await db.Prisoners.AllAsync(p => p.EstablishmentId == wymott));
        Assert.True(await db.Prisoners.CountAsync() >= 200);

        var theirs = await db.Prisoners.IgnoreQueryFilters().FirstAsync(p => p.EstablishmentId == littlehey);
        theirs.Location = "X-1-001";
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Contains("outside the current establishment", refused.Message);

        await using var check = app.Db(littlehey);
        Assert.NotEqual("X-1-001", (await check.Prisoners.SingleAsync(p => p.Id == theirs.Id)).Location);
    }

    [Fact]
    public async Task A_failed_save_leaves_neither_the_change_nor_its_audit_event()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var wymott = await app.EstablishmentId("WYI");
        await using var db = app.Db(wymott);
        var existing = await db.Prisoners.FirstAsync();
        var auditsBefore = await db.AuditEvents.CountAsync();

        db.Prisoners.Add(new Prisoner { PrisonNumber = "Y1111YY", FirstName = "One", LastName = "Ok", DateOfBirth = new DateOnly(1980, 1, 1) });
        db.Prisoners.Add(new Prisoner { PrisonNumber = existing.PrisonNumber, FirstName = "Dup", LastName = "Licate", DateOfBirth = new DateOnly(1980, 1, 1) });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        await using var check = app.Db(wymott);
        Assert.False(await check.Prisoners.AnyAsync(p => p.PrisonNumber == "Y1111YY"));
        Assert.Equal(auditsBefore, await check.AuditEvents.CountAsync());
    }
}
