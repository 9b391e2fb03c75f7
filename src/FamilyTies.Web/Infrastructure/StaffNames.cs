using FamilyTies.Data;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Infrastructure;

/// <summary>
/// The names of the staff who did things (created a record, made a change), looked up for a page in one query. Every
/// page that shows who did something takes them from here; each page keeps its own words for the system and for an
/// account that no longer exists.
/// </summary>
public static class StaffNames
{
    /// <summary>Display names for user ids, in one query.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> LoadAsync(FamilyTiesDbContext db, IEnumerable<string?> ids)
    {
        var wanted = ids.OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToListAsync();
        return names.ToDictionary(n => n.Id, n => n.DisplayName);
    }

    /// <summary>Usernames (the sign-in names the audit log shows) for user ids, in one query.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> UserNamesAsync(FamilyTiesDbContext db, IEnumerable<string?> ids)
    {
        var wanted = ids.OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).Select(u => new { u.Id, u.UserName }).ToListAsync();
        return names.ToDictionary(n => n.Id, n => n.UserName ?? n.Id);
    }

    /// <summary>As the safer custody pages say it: "Unknown", "FamilyTies" for the system, or "A former member of staff".</summary>
    public static string Of(IReadOnlyDictionary<string, string> names, string? id) =>
        id is null ? "Unknown" : names.TryGetValue(id, out var name) ? name : id == "system" ? "FamilyTies" : "A former member of staff";
}
