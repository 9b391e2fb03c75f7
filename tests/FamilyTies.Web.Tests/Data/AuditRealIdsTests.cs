using System.Net;
using System.Text.Json;
using FamilyTies.Domain.Auditing;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Tests.Areas.Visits;
using FamilyTies.Web.Tests.Features.RollImport;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Data;

/// <summary>Every audit row names the rows as saved: real keys, never EF's temporary (negative) ones.</summary>
public static class AuditIds
{
    /// <summary>The value a field of an audit row's changes took ("new").</summary>
    public static int? New(AuditEvent audit, string field)
    {
        using var changes = JsonDocument.Parse(audit.Changes!);
        return changes.RootElement.TryGetProperty(field, out var change) && change.TryGetProperty("new", out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetInt32()
            : null;
    }

    /// <summary>Audit rows whose id, or any *Id field of whose changes, is negative.</summary>
    public static async Task<List<string>> Negative(FamilyTies.Data.FamilyTiesDbContext db)
    {
        var rows = await db.AuditEvents.AsNoTracking().Select(a => new { a.Id, a.EntityType, a.EntityId, a.Changes }).ToListAsync();
        var bad = new List<string>();
        foreach (var row in rows)
        {
            if (row.EntityId.StartsWith('-'))
            {
                bad.Add($"{row.Id} {row.EntityType} {row.EntityId}");
            }
            if (row.Changes is null || !row.Changes.TrimStart().StartsWith('{'))
            {
                continue;
            }
            using var changes = JsonDocument.Parse(row.Changes);
            foreach (var field in changes.RootElement.EnumerateObject().Where(f => f.Name.EndsWith("Id", StringComparison.Ordinal)))
            {
                var values = field.Value.ValueKind == JsonValueKind.Object ? field.Value.EnumerateObject().Select(p => p.Value) : [field.Value];
                if (values.Any(v => v.ValueKind == JsonValueKind.Number && v.GetInt64() < 0))
                {
                    bad.Add($"{row.Id} {row.EntityType} {row.EntityId} {field.Name}: {field.Value}");
                }
            }
        }
        return bad;
    }
}

[Collection("App")]
public sealed class AuditRealIdsOfABookingTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_booking_s_audit_rows_name_the_saved_visit_slot_visitors_and_ledger_entry(DatabaseKind kind)
    {
        var app = fixture.App(kind);
        var (session, date) = await VisitsTestData.Session(app, openCapacity: 5);
        var (prisoner, visitor) = await VisitsTestData.BookablePrisoner(app);
        using var client = await VisitsTestData.At(app, "visits.wymott", "WYI");

        var response = await VisitsTestData.Book(client, prisoner.Id, VisitsTestData.Booking(visitor.Id, session.Id, date));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await using var db = app.Db(prisoner.EstablishmentId);
        var visit = await db.Visits.AsNoTracking().SingleAsync(v => v.PrisonerId == prisoner.Id);
        var slot = await db.SessionSlots.AsNoTracking().SingleAsync(s => s.Id == visit.SessionSlotId);
        Assert.Equal(session.Id, slot.SessionTemplateId);
        var visitors = await db.VisitVisitors.AsNoTracking().Where(v => v.VisitId == visit.Id).ToListAsync();
        var ledger = await db.VisitingOrderEntries.AsNoTracking().Where(e => e.VisitId == visit.Id).ToListAsync();
        Assert.NotEmpty(visitors);
        Assert.NotEmpty(ledger);

        var visitAudit = await db.AuditEvents.AsNoTracking().SingleAsync(a => a.EntityType == nameof(Visit) && a.EntityId == visit.Id.ToString() && a.Action == "Created");
        Assert.Equal(visit.SessionSlotId, AuditIds.New(visitAudit, nameof(Visit.SessionSlotId)));
        Assert.Equal(prisoner.Id, AuditIds.New(visitAudit, nameof(Visit.PrisonerId)));

        var visitorIds = visitors.Select(v => v.Id.ToString()).ToList();
        var visitorAudits = await db.AuditEvents.AsNoTracking().Where(a => a.EntityType == nameof(VisitVisitor) && visitorIds.Contains(a.EntityId)).ToListAsync();
        Assert.Equal(visitors.Count, visitorAudits.Count);
        Assert.All(visitorAudits, a => Assert.Equal(visit.Id, AuditIds.New(a, nameof(VisitVisitor.VisitId))));

        var ledgerIds = ledger.Select(e => e.Id.ToString()).ToList();
        var ledgerAudits = await db.AuditEvents.AsNoTracking().Where(a => a.EntityType == nameof(VisitingOrderEntry) && ledgerIds.Contains(a.EntityId)).ToListAsync();
        Assert.Equal(ledger.Count, ledgerAudits.Count);
        Assert.All(ledgerAudits, a => Assert.Equal(visit.Id, AuditIds.New(a, nameof(VisitingOrderEntry.VisitId))));

        var eventAudits = await db.AuditEvents.AsNoTracking().Where(a => a.EntityType == nameof(VisitEvent) && a.Action == "Created").ToListAsync();
        var eventIds = await db.VisitEvents.AsNoTracking().Where(e => e.VisitId == visit.Id).Select(e => e.Id.ToString()).ToListAsync();
        Assert.All(eventAudits.Where(a => eventIds.Contains(a.EntityId)), a => Assert.Equal(visit.Id, AuditIds.New(a, nameof(VisitEvent.VisitId))));

        Assert.Empty(await AuditIds.Negative(db));
    }
}

[Collection("RollImport")]
public sealed class AuditRealIdsOfARollImportTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_roll_import_s_audit_rows_name_the_saved_prisoners(DatabaseKind kind)
    {
        var app = fixture.App(kind);
        var wymott = await app.EstablishmentId("WYI");
        using var client = await StaffClient.SignedIn(app, RollImportHttp.VisitsManager);
        var counts = await client.ResultCounts(await client.Import(RollCsv.Generate(4, 'W', "AU")));
        Assert.Equal(4, counts["New prisoners"]);

        await using var db = app.Db(wymott);
        var prisoners = await db.Prisoners.AsNoTracking().Where(p => EF.Functions.Like(p.PrisonNumber, "W____AU")).ToListAsync();
        Assert.Equal(4, prisoners.Count);
        foreach (var prisoner in prisoners)
        {
            var created = await db.AuditEvents.AsNoTracking()
                .SingleAsync(a => a.EntityType == nameof(Prisoner) && a.EntityId == prisoner.Id.ToString() && a.Action == "Created");
            Assert.Equal(prisoner.Id, created.PrisonerId);
            Assert.Equal(wymott, AuditIds.New(created, nameof(Prisoner.EstablishmentId)));
        }
        Assert.Empty(await AuditIds.Negative(db));
    }
}
