using FamilyTies.Data.Generation;
using FamilyTies.Data.Identity;
using FamilyTies.Domain;
using FamilyTies.Domain.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FamilyTies.Data.DemoData;

/// <summary>
/// Loads the demo establishments, prisoners and one user per role per establishment. Safe to run on every start:
/// it adds only what is missing. Never run in Production (Program.cs refuses).
/// </summary>
public sealed class DemoDataSeeder(
    FamilyTiesDbContext db,
    UserManager<StaffUser> users,
    RoleManager<IdentityRole> roles,
    TimeProvider clock,
    ILogger<DemoDataSeeder> logger)
{
    /// <summary>The first part of each demo username; the second is the establishment's fixed slug (see <see cref="UserName"/>).</summary>
    public static readonly IReadOnlyDictionary<string, string> RoleSlugs = new Dictionary<string, string>
    {
        [Roles.VisitsStaff] = "visits",
        [Roles.VisitsManager] = "visitsmanager",
        [Roles.Security] = "security",
        [Roles.SaferCustody] = "safercustody",
        [Roles.FamilyServices] = "familyservices",
        [Roles.FamilyLead] = "familylead",
        [Roles.EstablishmentAdmin] = "admin",
    };

    public const string NationalUserName = "national.viewer";

    /// <summary>
    /// The second part of each demo username, fixed per demo establishment code. Never made from the establishment's
    /// name: an admin may rename it to anything ("Wymott (HMP) & YOI"), and the usernames must stay as they are.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> EstablishmentSlugs = new Dictionary<string, string>
    {
        ["WYI"] = "wymott",
        ["SHI"] = "stokeheath",
        ["LHI"] = "littlehey",
    };

    public static string UserName(string role, string establishmentSlug) => $"{RoleSlugs[role]}.{establishmentSlug}";

    /// <summary>The hash of the demo password, made for the first demo user created and given to the others.</summary>
    private string? _passwordHash;

    public async Task SeedAsync(string password, CancellationToken ct = default)
    {
        // All of it or none of it: a start stopped half way leaves no half-loaded establishment for the next start to
        // skip, and the load commits once instead of a few hundred times (each commit waits for the disk).
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await SeedAllAsync(password, ct);
        await transaction.CommitAsync(ct);
    }

    private async Task SeedAllAsync(string password, CancellationToken ct)
    {
        // Identity roles are the account roles; establishment roles live on each membership.
        foreach (var role in Roles.Account)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }

        if (!await db.Establishments.AnyAsync(ct))
        {
            db.Establishments.AddRange(DemoEstablishments.All());
            await db.SaveChangesAsync(ct);
        }
        var establishments = await db.Establishments.OrderBy(e => e.Id).ToListAsync(ct);

        var today = FamilyTies.Domain.Common.LondonTime.Today(clock);
        var usedNumbers = (await db.Prisoners.IgnoreQueryFilters().Select(p => p.PrisonNumber).ToListAsync(ct)).ToHashSet();
        var now = clock.GetUtcNow();
        var seed = 2026;
        foreach (var establishment in establishments)
        {
            seed++;
            if (await db.Prisoners.IgnoreQueryFilters().AnyAsync(p => p.EstablishmentId == establishment.Id, ct))
            {
                continue;
            }
            var wings = establishment.Code switch
            {
                "WYI" => new[] { "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L" },
                "SHI" => ["Avon", "Clun", "Dee", "Severn", "Tern", "Wyre"],
                _ => ["H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8", "H9"],
            };
            // The roll, written in bulk by the generator (decision 0033); its families from their own seed.
            var prisoners = RollGenerator.Prisoners(establishment.Id, wings, GenerationSize.Demo.Prisoners, seed, usedNumbers, today).ToList();
            DemoCareAndForeign.Shape(prisoners, establishment.Code, today);
            var pairs = RollGenerator.Contacts(prisoners, establishment.Id, seed + 1000, today, GenerationSize.Demo).ToList();
            using (var writer = new BulkWriter(db))
            {
                RollGenerator.Queue(writer, prisoners, pairs, _ => now);
                writer.Flush();
            }
            // One banned visitor and one prisoner on closed visits, so restrictions show in the demo.
            db.Restrictions.Add(new Restriction
            {
                EstablishmentId = establishment.Id, Type = RestrictionType.Ban, ContactId = pairs[1].Contact.Id,
                Reason = "Attempted to pass an item at a visit", StartDate = today.AddDays(-30), ExpiryDate = today.AddDays(60),
                ReviewDate = today.AddDays(30),
            });
            db.Restrictions.Add(new Restriction
            {
                EstablishmentId = establishment.Id, Type = RestrictionType.Closed, PrisonerId = prisoners[3].Id,
                Reason = "Intelligence about conveyancing", StartDate = today.AddDays(-10), ReviewDate = today.AddDays(20),
            });
            db.NonAssociations.Add(new NonAssociation
            {
                EstablishmentId = establishment.Id, PrisonerAId = prisoners[5].Id, PrisonerBId = prisoners[6].Id,
                Reason = "Co-defendants", StartDate = today.AddDays(-100),
            });
            await db.SaveChangesAsync(ct);
        }

        foreach (var establishment in establishments)
        {
            if (await db.Rooms.IgnoreQueryFilters().AnyAsync(r => r.EstablishmentId == establishment.Id, ct))
            {
                continue;
            }
            // Sessions valid from the Monday 56 weeks ago, so "every N weeks" has a fixed anchor and the dashboard's
            // 13 months of capacity (DemoHistory) have sessions to count.
            var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7) - 28 - 52 * 7);
            var (rooms, sessions) = TimetableGenerator.For(establishment, monday);
            db.Rooms.AddRange(rooms);
            db.SessionTemplates.AddRange(sessions);
            await db.SaveChangesAsync(ct);
        }

        var wymott = establishments.FirstOrDefault(e => e.Code == "WYI");
        var stokeHeath = establishments.FirstOrDefault(e => e.Code == "SHI");
        foreach (var establishment in establishments)
        {
            // Demo users belong to the demo establishments only (an establishment an admin added has none).
            if (!EstablishmentSlugs.TryGetValue(establishment.Code, out var slug))
            {
                continue;
            }
            foreach (var (role, _) in RoleSlugs)
            {
                var memberOf = new List<int> { establishment.Id };
                // Wymott's demo staff also cover Stoke Heath, with the same role there, so the switcher can be tried.
                if (establishment == wymott && stokeHeath is not null)
                {
                    memberOf.Add(stokeHeath.Id);
                }
                await EnsureUser(UserName(role, slug), $"{Roles.DisplayName(role)} ({establishment.Name})", role, memberOf, password);
            }
        }
        await EnsureUser(NationalUserName, "National family services team", Roles.NationalViewer, [], password);
        // The North West prison group director covers Wymott and Stoke Heath (not Littlehey): docs/decisions/0022.
        if (wymott is not null && stokeHeath is not null)
        {
            await EnsureUser(DemoSelfAssessment.GroupDirectorUserName, "Prison group director (North West)", Roles.PrisonGroupDirector, [wymott.Id, stokeHeath.Id], password);
        }
        foreach (var establishment in establishments)
        {
            await DemoSaferCustody.SeedAsync(db, establishment, clock.GetUtcNow(), ct);
            // The video booths and laptops before the history, which books calls on them.
            await DemoVideoCalls.SeedAsync(db, establishment, clock.GetUtcNow(), ct);
            await DemoHistory.SeedAsync(db, establishment, clock.GetUtcNow(), ct);
            await DemoSelfAssessment.SeedAsync(db, establishment, clock.GetUtcNow(), ct);
            await DemoCareAndForeign.SeedAsync(db, establishment, clock.GetUtcNow(), ct);
            await DemoFamilyDays.SeedAsync(db, establishment, clock.GetUtcNow(), ct);
        }
        logger.LogInformation("Demo data ready: {Establishments} establishments", establishments.Count);
    }

    /// <summary>
    /// Creates a demo user once: an establishment role is held at each of its establishments, an account role
    /// (the national viewer) by the account. Demo users chose their password already (no change at first sign-in).
    /// </summary>
    private async Task EnsureUser(string userName, string displayName, string role, List<int> establishmentIds, string password)
    {
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }
        var accountRole = Roles.Account.Contains(role);
        var user = new StaffUser
        {
            UserName = userName,
            Email = $"{userName}@familyties.invalid",
            EmailConfirmed = true,
            DisplayName = displayName,
            CurrentEstablishmentId = establishmentIds.Count > 0 ? establishmentIds[0] : null,
            LockoutEnabled = true,
            MustChangePassword = false,
            Establishments = establishmentIds.Select(id => new StaffEstablishment
            {
                EstablishmentId = id,
                Roles = accountRole ? [] : [new StaffEstablishmentRole { EstablishmentId = id, Role = role }],
            }).ToList(),
        };
        if (_passwordHash is null)
        {
            // The first demo user's password is checked against the password rules and hashed; every demo user has
            // the same published demo password, so the others take that hash rather than paying for it again.
            Check(await users.CreateAsync(user, password));
            _passwordHash = user.PasswordHash;
        }
        else
        {
            user.PasswordHash = _passwordHash;
            Check(await users.CreateAsync(user));
        }
        if (accountRole)
        {
            Check(await users.AddToRoleAsync(user, role));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo data could not be loaded: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
