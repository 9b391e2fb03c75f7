using FamilyTies.Data.Identity;
using FamilyTies.Domain;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyTies.Bench;

/// <summary>What the race needs, arranged directly in the database before it starts.</summary>
public sealed record RaceSession(int TemplateId, DateOnly Date)
{
    public string Slot => $"{TemplateId}:{Date:yyyy-MM-dd}";
}

public sealed record RacePrisoner(int PrisonerId, int VisitorId);

public sealed record RaceData(int EstablishmentId, IReadOnlyList<RaceSession> Sessions, IReadOnlyList<RacePrisoner> Prisoners, IReadOnlyList<string> UserNames);

public static class BookingRaceData
{
    public const string SessionPrefix = "Bench race session ";
    public const int VisitingOrders = 5;
    private const int Batch = 250;

    /// <summary>Bench users (visits staff at Wymott) besides the demo visits staff and visits manager.</summary>
    private const int ExtraStaff = 8;

    public static async Task<RaceData> Arrange(BenchServer server, BookingRaceOptions options, CancellationToken ct)
    {
        int wymott;
        await using (var db = server.Db(null))
        {
            wymott = await db.Establishments.Where(e => e.Code == "WYI").Select(e => e.Id).SingleAsync(ct);
        }
        var sessions = await Sessions(server, wymott, options, ct);
        var prisoners = await Prisoners(server, wymott, options.Attempts, ct);
        var users = await StaffUsers(server, wymott);
        return new RaceData(wymott, sessions, prisoners, users);
    }

    /// <summary>
    /// One session template per session, each running once, on a date two to eight days ahead (inside any booking window
    /// that allows it), with only open tables.
    /// </summary>
    private static async Task<List<RaceSession>> Sessions(BenchServer server, int wymott, BookingRaceOptions options, CancellationToken ct)
    {
        await using var db = server.Db(wymott);
        var establishment = await db.Establishments.SingleAsync(e => e.Id == wymott, ct);
        var room = await db.Rooms.Where(r => r.Kind == RoomKind.VisitsHall && r.Active).OrderBy(r => r.Id).FirstAsync(ct);
        var today = TimeProvider.System.Today();
        var first = Math.Max(establishment.MinBookingNoticeDays, 1) + 1;
        var spread = Math.Clamp(establishment.MaxBookingNoticeDays - first + 1, 1, 7);
        var templates = new List<SessionTemplate>();
        for (var i = 0; i < options.Sessions; i++)
        {
            var date = today.AddDays(first + i % spread);
            templates.Add(new SessionTemplate
            {
                Name = $"{SessionPrefix}{i + 1:D3}", RoomId = room.Id, DayOfWeek = date.DayOfWeek, ValidFrom = date, ValidTo = date,
                StartTime = new TimeOnly(14, 0), EndTime = new TimeOnly(16, 0), OpenCapacity = options.Capacity, ClosedCapacity = 0,
            });
        }
        db.SessionTemplates.AddRange(templates);
        await db.SaveChangesAsync(ct);
        return templates.Select(t => new RaceSession(t.Id, t.ValidFrom)).ToList();
    }

    /// <summary>One convicted, active prisoner per attempt, each with one approved adult visitor and a few visiting orders.</summary>
    private static async Task<List<RacePrisoner>> Prisoners(BenchServer server, int wymott, int count, CancellationToken ct)
    {
        var result = new List<RacePrisoner>(count);
        for (var start = 0; start < count; start += Batch)
        {
            await using var db = server.Db(wymott);
            var links = new List<PrisonerContact>();
            for (var n = start; n < Math.Min(count, start + Batch); n++)
            {
                var prisoner = new Prisoner
                {
                    PrisonNumber = PrisonNumber(n), FirstName = "Bench", LastName = $"Racer{n:D5}", DateOfBirth = new DateOnly(1985, 3, 14),
                    Location = "A-1-001", LegalStatus = LegalStatus.Convicted, Status = PrisonerStatus.Active, IncentiveLevel = IncentiveLevel.Standard,
                };
                var contact = new Contact { CreatedInEstablishmentId = wymott, FirstName = "Visitor", LastName = $"Racer{n:D5}", DateOfBirth = new DateOnly(1980, 6, 1) };
                links.Add(new PrisonerContact { Prisoner = prisoner, Contact = contact, Relationship = Relationship.Sister, ApprovedVisitor = true });
            }
            db.PrisonerContacts.AddRange(links);
            await db.SaveChangesAsync(ct);

            var now = DateTimeOffset.UtcNow;
            foreach (var link in links)
            {
                db.VisitingOrderBalances.Add(new VisitingOrderBalance { PrisonerId = link.PrisonerId, EstablishmentId = wymott, Balance = VisitingOrders });
                db.VisitingOrderEntries.Add(new VisitingOrderEntry
                {
                    EstablishmentId = wymott, PrisonerId = link.PrisonerId, At = now, Type = VisitingOrderEntryType.ManualAdjustment,
                    Change = VisitingOrders, BalanceAfter = VisitingOrders, Reason = "Booking race set-up",
                });
                result.Add(new RacePrisoner(link.PrisonerId, link.ContactId));
            }
            await db.SaveChangesAsync(ct);
        }
        return result;
    }

    /// <summary>Z, four digits, two letters: the format of a NOMIS number, and a range no demo prisoner uses (A–H).</summary>
    private static string PrisonNumber(int n) => $"Z{n % 10_000:D4}{(char)('A' + n / 10_000 / 26)}{(char)('A' + n / 10_000 % 26)}";

    /// <summary>The demo visits staff and visits manager at Wymott, and a few more visits staff made the way the demo users are.</summary>
    private static async Task<List<string>> StaffUsers(BenchServer server, int wymott)
    {
        var names = new List<string> { "visits.wymott", "visitsmanager.wymott" };
        await using var scope = server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        for (var i = 1; i <= ExtraStaff; i++)
        {
            var name = $"bench.visits{i:D2}";
            var user = new StaffUser
            {
                UserName = name, Email = $"{name}@familyties.invalid", EmailConfirmed = true, DisplayName = $"Bench visits staff {i}",
                CurrentEstablishmentId = wymott, LockoutEnabled = true,
                Establishments = [new StaffEstablishment { EstablishmentId = wymott, Roles = [new StaffEstablishmentRole { EstablishmentId = wymott, Role = Roles.VisitsStaff }] }],
            };
            Check(await users.CreateAsync(user, BenchServer.Password), name);
            names.Add(name);
        }
        return names;
    }

    private static void Check(IdentityResult result, string name)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {name}: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
