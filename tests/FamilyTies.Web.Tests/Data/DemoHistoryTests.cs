using FamilyTies.Data.Generation;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.Visits;
using FamilyTies.Testing;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Data;

/// <summary>
/// The demo data's history is the one data generator at its demo size (issue 14 §1, docs/decisions/0033-one-generator.md):
/// its visits carry the generator's references, visitors, booking events, runs and outcomes over the thirteen months.
/// </summary>
[Collection("App")]
public sealed class DemoHistoryTests(AppFixture fixture)
{
    [Theory]
    [InlineData("WYI")]
    [InlineData("SHI")]
    [InlineData("LHI")]
    public async Task The_demo_history_is_written_by_the_generator(string code)
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        await using var db = app.Db(await app.EstablishmentId(code));
        var today = TestClock.Today;
        var past = await db.Visits.Where(v => v.Date < today).Select(v => new
        {
            v.Id, v.Reference, v.Date, v.StartTime, v.CreatedAt, v.Status, v.SessionSlotId, Visitors = v.Visitors.Count,
            Booked = db.VisitEvents.Count(x => x.VisitId == v.Id && x.Type == VisitEventType.Booked),
        }).ToListAsync();
        // The history's visits were booked before they happened (a visit a test adds in the past is made "now").
        var history = past.Where(v => v.CreatedAt < LondonTime.ToInstant(v.Date, v.StartTime)).ToList();

        Assert.True(history.Count > 150, $"{history.Count} history visits at {code}");
        Assert.All(history, v => Assert.Equal(VisitHistory.Reference(v.Id), v.Reference));
        Assert.All(history, v => Assert.InRange(v.Visitors, 1, 2));
        Assert.All(history, v => Assert.Equal(1, v.Booked));
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-(GenerationSize.Demo.Months - 1));
        Assert.All(history, v => Assert.InRange(v.Date, first, today.AddDays(-1)));
        Assert.True(history.Select(v => (v.Date.Year, v.Date.Month)).Distinct().Count() >= GenerationSize.Demo.Months - 1);

        // A prisoner once a session; booked no earlier than the prisoner's reception day, dated after it (stop 23).
        var prisoners = await db.Visits.Where(v => v.Date < today).Select(v => new { v.Id, v.PrisonerId, v.Prisoner!.ReceptionDate }).ToDictionaryAsync(v => v.Id);
        Assert.Empty(history.GroupBy(v => (prisoners[v.Id].PrisonerId, v.SessionSlotId)).Where(g => g.Count() > 1).Select(g => $"prisoner {g.Key.PrisonerId} twice in slot {g.Key.SessionSlotId}"));
        Assert.Empty(history.Where(v => LondonTime.DateOf(v.CreatedAt) < prisoners[v.Id].ReceptionDate || v.Date < prisoners[v.Id].ReceptionDate)
            .Select(v => $"visit {v.Id} on {v.Date} booked {v.CreatedAt:O}, prisoner received {prisoners[v.Id].ReceptionDate}"));

        var slots = history.Select(v => v.SessionSlotId).Distinct().ToList();
        var runs = await db.SessionRuns.CountAsync(r => slots.Contains(r.SessionSlotId));
        Assert.Equal(slots.Count, runs);
    }
}
