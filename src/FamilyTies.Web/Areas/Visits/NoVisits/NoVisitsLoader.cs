using FamilyTies.Data;
using FamilyTies.Data.Visits;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.NoVisits;

/// <summary>The groups of prisoners the no-visits list can be narrowed to.</summary>
public enum NoVisitsCohort { CareExperienced, ForeignNational, Remand, NewToList, OpenAcctOrCsip }

/// <summary>What the list is asked for: the short or long look-back, a location (start of the cell, like "A" or "A-2") and a cohort.</summary>
public sealed record NoVisitsFilter(bool LongLookback, string Location, NoVisitsCohort? Cohort)
{
    public const int LocationMax = 20;

    /// <summary>Reads the query values; anything not understood is left out (and said so by <see cref="Problems"/>).</summary>
    public static NoVisitsFilter Parse(string? lookback, string? location, string? cohort, out Dictionary<string, string> problems)
    {
        problems = [];
        var isLong = false;
        if (!string.IsNullOrEmpty(lookback) && lookback != "short")
        {
            if (lookback == "long")
            {
                isLong = true;
            }
            else
            {
                problems["lookback"] = "Select the short or the long look-back";
            }
        }
        var loc = (location ?? "").Trim();
        if (loc.Length > LocationMax || loc.Any(char.IsControl))
        {
            problems["location"] = $"Location must be {LocationMax} characters or fewer, like A or A-2";
            loc = "";
        }
        NoVisitsCohort? group = null;
        if (!string.IsNullOrEmpty(cohort))
        {
            if (Enum.TryParse<NoVisitsCohort>(cohort, out var c) && Enum.IsDefined(c) && !int.TryParse(cohort, out _))
            {
                group = c;
            }
            else
            {
                problems["cohort"] = "Select a group from the list";
            }
        }
        return new NoVisitsFilter(isLong, loc, group);
    }

    public string Query(string? format = null)
    {
        var parts = new List<string> { "lookback=" + (LongLookback ? "long" : "short") };
        if (Location.Length > 0)
        {
            parts.Add("location=" + Uri.EscapeDataString(Location));
        }
        if (Cohort is { } c)
        {
            parts.Add("cohort=" + c);
        }
        return string.Join("&", parts);
    }

    public static string Describe(NoVisitsCohort cohort) => cohort switch
    {
        NoVisitsCohort.CareExperienced => "Care-experienced",
        NoVisitsCohort.ForeignNational => "Foreign nationals",
        NoVisitsCohort.Remand => "On remand",
        NoVisitsCohort.NewToList => $"New to this list in the last {NoVisitsList.NewDays} days",
        NoVisitsCohort.OpenAcctOrCsip => "Open ACCT or CSIP",
        _ => cohort.ToString(),
    };
}

/// <summary>One piece of support offered to a prisoner, and its take-up.</summary>
public sealed record SupportLine(int Id, NoVisitsSupportKind Kind, string Detail, DateOnly OfferedOn, DateOnly? TakenUpOn)
{
    public string Text => Kind == NoVisitsSupportKind.Other && Detail.Length > 0 ? $"Other: {Detail}" : VisitDayRules.Describe(Kind);
}

public sealed record NoVisitsRow(int PrisonerId, string PrisonNumber, string Name, string Location, DateOnly? Received, DateOnly? LastAttended,
    IReadOnlyList<SupportLine> Support);

/// <summary>The list as the page and the CSV show it. <see cref="All"/> and <see cref="AllOffered"/> are the unfiltered figures the measures give today.</summary>
public sealed record NoVisitsPage(NoVisitsFilter Filter, int Days, DateOnly From, DateOnly To, IReadOnlyList<NoVisitsRow> Rows, int All, int AllOffered,
    int ShortDays, int LongDays, IReadOnlyDictionary<string, string> Problems, bool CanRecord);

/// <summary>
/// Loads the no-visits list through <see cref="NoVisitsList"/>, the definition the measures use, seen from today in
/// London with this establishment's look-back settings.
/// </summary>
public sealed class NoVisitsLoader(FamilyTiesDbContext db)
{
    public async Task<(int Short, int Long)> Settings() =>
        await db.Establishments.AsNoTracking().Where(e => e.Id == db.CurrentEstablishmentId)
            .Select(e => new ValueTuple<int, int>(e.NoVisitsShortLookbackDays, e.NoVisitsLongLookbackDays)).SingleAsync();

    public async Task<NoVisitsPage> Load(NoVisitsFilter filter, IReadOnlyDictionary<string, string> problems, bool canRecord)
    {
        var (shortDays, longDays) = await Settings();
        var days = filter.LongLookback ? longDays : shortDays;
        var today = LondonTime.Today(db.Clock);
        var (from, to) = NoVisitsList.Window(today, days);
        var all = NoVisitsList.Prisoners(db.Prisoners.AsNoTracking(), db.VisitAttendances.AsNoTracking(), db.VideoCalls.AsNoTracking(), today, days);
        var offers = NoVisitsList.OfferedWithin(db.NoVisitsSupports.AsNoTracking(), today, days);
        var allCount = await all.CountAsync();
        var allOffered = await all.CountAsync(p => offers.Any(s => s.PrisonerId == p.Id));

        var list = all;
        if (filter.Location.Length > 0)
        {
            var location = filter.Location;
            list = list.Where(p => p.Location.StartsWith(location));
        }
        list = filter.Cohort switch
        {
            NoVisitsCohort.CareExperienced => list.Where(p => p.CareExperienced || db.CareExperiencedRecords.Any(r => r.PrisonerId == p.Id)),
            NoVisitsCohort.ForeignNational => list.Where(Cohorts.ForeignNational),
            NoVisitsCohort.Remand => list.Where(p => p.LegalStatus == LegalStatus.Remand),
            NoVisitsCohort.NewToList => NoVisitsList.NewToList(list, db.VisitAttendances.AsNoTracking(), db.VideoCalls.AsNoTracking(), today, days),
            NoVisitsCohort.OpenAcctOrCsip => list.Where(p => db.SafetyCases.Any(c => c.PrisonerId == p.Id && c.ClosedOn == null)),
            _ => list,
        };
        var contacts = NoVisitsList.AttendedContacts(db.VisitAttendances.AsNoTracking(), db.VideoCalls.AsNoTracking());
        var rows = await list.OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id, p.PrisonNumber, p.FirstName, p.LastName, p.Location, p.ReceptionDate,
                LastAttended = contacts.Where(c => c.PrisonerId == p.Id && c.Date <= to).Max(c => (DateOnly?)c.Date),
            }).ToListAsync();
        var support = await Support(rows.Select(r => r.Id).ToList());
        return new NoVisitsPage(filter, days, from, to,
            rows.Select(r => new NoVisitsRow(r.Id, r.PrisonNumber, $"{r.LastName}, {r.FirstName}", r.Location, r.ReceptionDate, r.LastAttended,
                support.GetValueOrDefault(r.Id) ?? [])).ToList(),
            allCount, allOffered, shortDays, longDays, problems, canRecord);
    }

    /// <summary>Each prisoner's support, newest offer first.</summary>
    public async Task<Dictionary<int, List<SupportLine>>> Support(IReadOnlyCollection<int> prisonerIds)
    {
        var rows = await db.NoVisitsSupports.AsNoTracking().Where(s => prisonerIds.Contains(s.PrisonerId))
            .OrderByDescending(s => s.OfferedOn).ThenByDescending(s => s.Id)
            .Select(s => new { s.PrisonerId, Line = new SupportLine(s.Id, s.Kind, s.Detail, s.OfferedOn, s.TakenUpOn) }).ToListAsync();
        return rows.GroupBy(r => r.PrisonerId).ToDictionary(g => g.Key, g => g.Select(r => r.Line).ToList());
    }
}
