using FamilyTies.Data;
using FamilyTies.Data.Concurrency;
using FamilyTies.Domain.FamilyDays;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.FamilyDays.Applications;

/// <summary>
/// The one place family-day places are taken and freed. A family day's row counts the families and people holding
/// places and carries a concurrency token, like a visit's session slot: every change is made through
/// <see cref="Change{T}"/>, which reads fresh data, decides and saves as one contended write
/// (<see cref="ContendedWrite"/>: the SQLite writer's turn and the bounded retry of a lost race), so capacity is never
/// exceeded (docs/decisions/0017-one-concurrency-mechanism.md, 0024-family-days.md).
/// </summary>
public static class FamilyDayPlaces
{
    /// <summary>What an attempt decided: a value to return, and whether there is anything to save.</summary>
    public sealed record Attempt<T>(T Value, bool Save = true);

    /// <summary>
    /// Runs <paramref name="attempt"/> against freshly loaded rows (the change tracker is cleared first) and saves what
    /// it changed. A concurrency clash, a duplicate key or a busy database runs it again; null after the last attempt.
    /// </summary>
    public static async Task<T?> Change<T>(FamilyTiesDbContext db, ILogger logger, Func<Task<Attempt<T>>> attempt, CancellationToken ct = default)
        where T : class
    {
        var result = await ContendedWrite.RunAsync(db, async (_, token) =>
        {
            db.ChangeTracker.Clear();
            var decided = await attempt();
            if (decided.Save)
            {
                await db.SaveChangesAsync(token);
            }
            return decided.Value;
        }, logger: logger, ct: ct);
        if (!result.Completed)
        {
            db.ChangeTracker.Clear();
        }
        return result.Value;
    }

    /// <summary>Whether a family of <paramref name="people"/> fits in the places left.</summary>
    public static bool Fits(FamilyDay day, int people) =>
        day.FamiliesBooked + 1 <= day.CapacityFamilies && day.PeopleBooked + people <= day.CapacityPeople;

    /// <summary>Takes a family's places when they fit; false (and nothing changed) when they do not.</summary>
    public static bool TryTake(FamilyDay day, int people)
    {
        if (!Fits(day, people))
        {
            return false;
        }
        day.FamiliesBooked++;
        day.PeopleBooked += people;
        day.Version++;
        return true;
    }

    /// <summary>Frees a family's places.</summary>
    public static void Free(FamilyDay day, int people)
    {
        day.FamiliesBooked = Math.Max(0, day.FamiliesBooked - 1);
        day.PeopleBooked = Math.Max(0, day.PeopleBooked - people);
        day.Version++;
    }

    /// <summary>
    /// Offers freed places down the waiting list, first come first offered: each waiting family that fits is offered a
    /// place, which it holds until staff record its answer. Returns the applications offered (tracked, unsaved).
    /// </summary>
    public static async Task<IReadOnlyList<FamilyDayApplication>> OfferFreed(FamilyTiesDbContext db, FamilyDay day, CancellationToken ct = default)
    {
        var waiting = await db.FamilyDayApplications.Include(a => a.Guests)
            .Where(a => a.FamilyDayId == day.Id && a.Status == ApplicationStatus.WaitingList)
            .OrderBy(a => a.WaitingSince).ThenBy(a => a.Id)
            .ToListAsync(ct);
        var offered = new List<FamilyDayApplication>();
        foreach (var application in waiting)
        {
            if (day.FamiliesBooked >= day.CapacityFamilies)
            {
                break;
            }
            if (TryTake(day, application.People))
            {
                application.Status = ApplicationStatus.Offered;
                application.WaitingSince = null;
                offered.Add(application);
            }
        }
        return offered;
    }
}
